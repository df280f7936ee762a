# str() of queues shows maxsize, items, waiters and unfinished tasks.
import asyncio


async def main():
    q = asyncio.Queue()
    print(str(q))
    q.put_nowait('a')
    q.put_nowait('b')
    print(str(q))
    bounded = asyncio.Queue(1)
    bounded.put_nowait(0)
    putter = asyncio.create_task(bounded.put(1))
    await asyncio.sleep(0)
    print(str(bounded))
    empty = asyncio.Queue()
    getters = [asyncio.create_task(empty.get()) for _ in range(2)]
    await asyncio.sleep(0)
    print(str(empty))
    print(repr(q).startswith('<Queue at 0x'), str(asyncio.LifoQueue(5)), str(asyncio.PriorityQueue()))
    for t in getters + [putter]:
        t.cancel()
    await asyncio.gather(*getters, putter, return_exceptions=True)
    print(str(empty), str(bounded))


asyncio.run(main())
