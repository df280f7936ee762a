# An async generator left unfinished by `break` is closed on the loop by
# the finalizer hook: its aclose() runs as a task a little later.
import asyncio


async def ticker():
    try:
        for i in range(10):
            yield i
    finally:
        print('ticker closed')


async def main():
    async for i in ticker():
        print('got', i)
        if i == 2:
            break
    print('loop done')
    await asyncio.sleep(0)
    print('slept')
    await asyncio.sleep(0)
    print('slept again')


asyncio.run(main())
