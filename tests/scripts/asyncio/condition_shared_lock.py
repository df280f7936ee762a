# A Condition may share an existing Lock; its locked/acquire/release are the lock's.
import asyncio


async def main():
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    async with lock:
        print(cond.locked())
    print(cond.locked())
    await cond.acquire()
    print(lock.locked())
    cond.release()
    print(lock.locked(), repr(cond).endswith('[unlocked]>'))


asyncio.run(main())
