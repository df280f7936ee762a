# ensure_future(): futures pass through, coroutines become tasks, objects
# with __await__ are wrapped; anything else is a TypeError.
import asyncio


class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return 'custom awaitable'


async def coro():
    return 'coroutine'


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(asyncio.ensure_future(fut) is fut)
    t = asyncio.ensure_future(coro())
    print(type(t).__name__, await t)
    w = asyncio.ensure_future(Awaitable())
    print(type(w).__name__, await w)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print('TypeError', e)
    print(await Awaitable())


asyncio.run(main())
