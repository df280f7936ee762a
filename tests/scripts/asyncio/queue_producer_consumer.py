# Producers and consumers sharing a bounded Queue: put() blocks when full,
# get() when empty; the interleaving is FIFO.
import asyncio


async def producer(q, name, n):
    for i in range(n):
        await q.put(f'{name}{i}')
        print(f'{name} put {name}{i} (size {q.qsize()})')
    print(name, 'done')


async def consumer(q, name, out):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            print(name, 'stops')
            return
        out.append((name, item))
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    consumers = [asyncio.create_task(consumer(q, c, out)) for c in ('X', 'Y')]
    await asyncio.gather(producer(q, 'p', 4), producer(q, 'q', 3))
    for _ in consumers:
        await q.put(None)
    await q.join()
    await asyncio.gather(*consumers)
    print(out)


asyncio.run(main())
