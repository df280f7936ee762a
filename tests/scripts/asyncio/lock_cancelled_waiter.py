# A cancelled lock waiter does not block the others.
import asyncio


async def holder(lock, ev):
    async with lock:
        await ev.wait()
        print('holder releases')


async def waiter(lock, name):
    async with lock:
        print(name, 'acquired')


async def main():
    lock = asyncio.Lock()
    ev = asyncio.Event()
    h = asyncio.create_task(holder(lock, ev))
    await asyncio.sleep(0)
    w1 = asyncio.create_task(waiter(lock, 'w1'))
    w2 = asyncio.create_task(waiter(lock, 'w2'))
    await asyncio.sleep(0)
    print(repr(lock).endswith('[locked, waiters:2]>'))
    w1.cancel()
    ev.set()
    await asyncio.gather(h, w1, w2, return_exceptions=True)
    print('w1 cancelled', w1.cancelled(), 'locked', lock.locked())


asyncio.run(main())
