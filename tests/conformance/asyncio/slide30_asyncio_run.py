# Slide 30: asyncio's event loop runs a coroutine to completion: asyncio.run() returns its result
import asyncio

async def compute(x):
    await asyncio.sleep(0)
    return x * 2

async def main():
    a = await compute(10)
    b = await compute(a)
    print("a", a, "b", b)
    return a + b

print(asyncio.run(main()))
