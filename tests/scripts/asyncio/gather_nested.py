# Nested gathers and exceptions crossing them.
import asyncio


async def leaf(x):
    await asyncio.sleep(0)
    if x == 'bad':
        raise ValueError(x)
    return x


async def main():
    inner1 = asyncio.gather(leaf(1), leaf(2))
    inner2 = asyncio.gather(leaf(3), leaf('bad'), return_exceptions=True)
    print(await asyncio.gather(inner1, inner2, leaf(4)))
    try:
        await asyncio.gather(asyncio.gather(leaf('bad')), leaf(5))
    except ValueError as e:
        print('ValueError', e)
    await asyncio.sleep(0)


asyncio.run(main())
