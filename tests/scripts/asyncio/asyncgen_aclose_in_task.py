# Async generators driven by tasks, with an await inside the generator and
# an explicit aclose().
import asyncio


async def countdown(name, n):
    try:
        while n:
            await asyncio.sleep(0)
            yield f'{name}{n}'
            n -= 1
    finally:
        print(name, 'cleanup')


async def consume(name, n, stop_after):
    gen = countdown(name, n)
    async for item in gen:
        print('item', item)
        stop_after -= 1
        if not stop_after:
            await gen.aclose()
            print(name, 'closed explicitly')
            break


async def main():
    await asyncio.gather(consume('a', 3, 5), consume('b', 4, 2))


asyncio.run(main())
