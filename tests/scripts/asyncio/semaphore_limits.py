# Semaphore(2): at most two holders; the others wait in FIFO order.
import asyncio


async def worker(sem, name, active):
    async with sem:
        active.append(name)
        print(name, 'in; active =', active, 'locked =', sem.locked())
        await asyncio.sleep(0)
        active.remove(name)
        print(name, 'out')


async def main():
    sem = asyncio.Semaphore(2)
    active = []
    await asyncio.gather(*(worker(sem, n, active) for n in 'abcde'))
    print(repr(sem).endswith('[unlocked, value:2]>'))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError', e)
    zero = asyncio.Semaphore(0)
    print(zero.locked())
    zero.release()
    print(await zero.acquire(), zero.locked())


asyncio.run(main())
