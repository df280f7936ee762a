# Awaiting a task that is already done does not yield to the loop.
import asyncio


async def quick():
    return 'quick'


async def other():
    print('other runs')


async def main():
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    asyncio.create_task(other())
    print('t done:', t.done())
    print(await t)
    print('no yield happened before this line')
    await asyncio.sleep(0)


asyncio.run(main())
