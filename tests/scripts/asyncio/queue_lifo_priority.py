# LifoQueue gives the newest item first, PriorityQueue the smallest.
import asyncio


async def main():
    lifo = asyncio.LifoQueue()
    prio = asyncio.PriorityQueue()
    for item in (3, 1, 4, 1, 5, 9, 2, 6):
        await lifo.put(item)
        await prio.put((item, str(item)))
    print([lifo.get_nowait() for _ in range(lifo.qsize())])
    print([prio.get_nowait()[1] for _ in range(prio.qsize())])


asyncio.run(main())
