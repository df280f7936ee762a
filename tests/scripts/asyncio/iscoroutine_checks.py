# asyncio.iscoroutine / iscoroutinefunction / isfuture.
import asyncio


async def coro_fn():
    pass


def plain():
    pass


def gen():
    yield


async def main():
    c = coro_fn()
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(plain), asyncio.iscoroutine(gen()))
    print(asyncio.iscoroutinefunction(coro_fn), asyncio.iscoroutinefunction(plain))
    f = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(c)
    print(asyncio.isfuture(f), asyncio.isfuture(t), asyncio.isfuture(c), asyncio.isfuture(42))
    await t
    print(t.get_coro() is c, t.get_loop() is asyncio.get_running_loop())


asyncio.run(main())
