# Tasks that yield with sleep(0) take turns in creation order (FIFO ready queue).
import asyncio


async def worker(name, steps):
    for i in range(steps):
        print(name, i)
        await asyncio.sleep(0)
    print(name, 'done')
    return name


async def main():
    tasks = [asyncio.create_task(worker(n, k)) for n, k in (('a', 3), ('b', 1), ('c', 2))]
    print('created')
    results = [await t for t in tasks]
    print(results)


asyncio.run(main())
