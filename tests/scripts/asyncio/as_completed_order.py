# as_completed() yields awaitables giving results in completion order.
import asyncio


async def after(steps, value):
    for _ in range(steps):
        await asyncio.sleep(0)
    return value


async def main():
    tasks = [asyncio.create_task(after(n, f'v{n}')) for n in (3, 1, 2, 0)]
    for aw in asyncio.as_completed(tasks):
        print(await aw)


asyncio.run(main())
