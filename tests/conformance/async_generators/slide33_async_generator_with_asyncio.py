# Slide 33: async for x in data_producer under asyncio: the producer awaits asyncio.sleep between elements
import asyncio

async def data_producer(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield f"item {i}"

async def other():
    for i in range(3):
        print("other runs", i)
        await asyncio.sleep(0)

async def consume():
    async for x in data_producer(3):
        print("consumed", x)

async def main():
    await asyncio.gather(consume(), other())

asyncio.run(main())
