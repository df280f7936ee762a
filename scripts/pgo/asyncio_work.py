# PGO training: asyncio tasks, queues, events, locks, timers and gather.
import asyncio

async def producer(queue, n):
    for i in range(n):
        await queue.put(i)
    await queue.put(None)

async def consumer(queue):
    total = 0
    while (item := await queue.get()) is not None:
        total += item
    return total

async def sleeper(i, rounds):
    for _ in range(rounds):
        await asyncio.sleep((i % 5) * 0.0005)
    return i

async def spinner(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n

async def waiter(event, lock, shared):
    await event.wait()
    async with lock:
        shared.append(len(shared))

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def main():
    queue = asyncio.Queue(maxsize=32)
    _, total = await asyncio.gather(producer(queue, 40_000), consumer(queue))
    print(total)
    print(sum(await asyncio.gather(*(sleeper(i, 3) for i in range(5_000)))))
    print(sum(await asyncio.gather(*(spinner(10) for _ in range(3_000)))))
    event, lock, shared = asyncio.Event(), asyncio.Lock(), []
    tasks = [asyncio.create_task(waiter(event, lock, shared)) for _ in range(2_000)]
    await asyncio.sleep(0)
    event.set()
    await asyncio.wait(tasks)
    print(len(shared))
    print(sum([v async for v in agen(20_000)]))
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.001)
    except asyncio.TimeoutError:
        print("timeout")

asyncio.run(main())
