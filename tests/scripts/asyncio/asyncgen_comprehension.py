# Async comprehensions over an async generator awaiting the loop.
import asyncio


async def squares(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * i


async def main():
    print([x async for x in squares(5)])
    print({x: x + 1 async for x in squares(3)})
    print([x async for x in squares(6) if x % 2])


asyncio.run(main())
