# Slide 30: await gives the control back to the scheduler: with asyncio, tasks interleave at each await asyncio.sleep(0)
import asyncio

async def worker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name

async def main():
    results = await asyncio.gather(worker("a", 3), worker("b", 2), worker("c", 1))
    print(results)

asyncio.run(main())
