# Lock: one holder at a time; waiters acquire in FIFO order; async with.
import asyncio


async def critical(lock, name):
    async with lock:
        print(name, 'enters; locked =', lock.locked())
        await asyncio.sleep(0)
        print(name, 'leaves')


async def main():
    lock = asyncio.Lock()
    print('locked:', lock.locked())
    await asyncio.gather(*(critical(lock, n) for n in 'abc'))
    print('locked:', lock.locked())
    print(await lock.acquire())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError', e)
    async with lock as value:
        print('as value:', value)


asyncio.run(main())
