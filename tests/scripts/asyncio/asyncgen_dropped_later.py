# An async generator kept in a local across awaits stays open; deleting
# the last reference schedules its closing on the loop.
import asyncio


async def numbers(name):
    try:
        for i in range(100):
            yield i
    finally:
        print(name, 'closed')


async def other():
    for i in range(4):
        print('other', i)
        await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(other())
    g = numbers('g')
    h = numbers('h')
    print(await g.__anext__(), await h.__anext__())
    await asyncio.sleep(0)
    print('still open:', await g.__anext__())
    del g
    print('g dropped')
    await asyncio.sleep(0)
    print('main after drop')
    await asyncio.sleep(0)
    del h
    await t
    print('main end')


asyncio.run(main())
