# Slide 30: coroutines give control back at each await; a producer and a consumer alternate through an asyncio.Queue
import asyncio

async def producer(queue, n):
    for i in range(n):
        print("put", i)
        await queue.put(i)
    await queue.put(None)

async def consumer(queue):
    total = 0
    while True:
        item = await queue.get()
        if item is None:
            return total
        print("got", item)
        total += item

async def main():
    queue = asyncio.Queue(maxsize=1)
    _, total = await asyncio.gather(producer(queue, 4), consumer(queue))
    print("total", total)

asyncio.run(main())
