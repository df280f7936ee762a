# sleep(delay, result) returns result; sleep(0) yields exactly once;
# negative delays behave like 0.
import asyncio


async def other(log):
    for i in range(3):
        log.append(f'other {i}')
        await asyncio.sleep(0)


async def main():
    print(await asyncio.sleep(0.001, 'slept'))
    print(await asyncio.sleep(0, result=[1, 2]))
    print(await asyncio.sleep(-5, 'negative'))
    log = []
    t = asyncio.create_task(other(log))
    for i in range(3):
        log.append(f'main {i}')
        await asyncio.sleep(0)
    await t
    print(log)


asyncio.run(main())
