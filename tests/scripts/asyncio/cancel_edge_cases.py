# Cancellation edge cases: a task awaiting a cancelled task, gather with a cancelled
# child, shield of a failing task, a timeout moved into the past, a TaskGroup
# cancelled from outside, wait_for on a task that swallows the cancellation.
import asyncio

async def main():
    async def child():
        await asyncio.sleep(1)
    async def parent(c):
        try:
            await c
        except asyncio.CancelledError as e:
            print("parent saw", type(e).__name__, e.args)
            raise
    c = asyncio.create_task(child())
    p = asyncio.create_task(parent(c))
    await asyncio.sleep(0)
    c.cancel("child msg")
    try:
        await p
    except asyncio.CancelledError as e:
        print("p cancelled", p.cancelled(), e.args)
    # gather: child cancelled -> gather raises CancelledError
    a = asyncio.create_task(asyncio.sleep(1))
    b = asyncio.create_task(asyncio.sleep(0.001, "b"))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0)
    a.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled by child", g.cancelled(), b.done())
    await asyncio.sleep(0.01)
    # shield of a failing task
    async def fails():
        await asyncio.sleep(0)
        raise KeyError("k")
    try:
        await asyncio.shield(fails())
    except KeyError as e:
        print("shield passes", repr(e))
    # timeout rescheduled into the past
    try:
        async with asyncio.timeout(10) as cm:
            cm.reschedule(asyncio.get_running_loop().time() - 1)
            await asyncio.sleep(0.1)
    except TimeoutError as e:
        print("past timeout", repr(e), repr(e.__cause__)[:20])
    # TaskGroup cancelled from outside
    async def tg_body():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.sleep(1))
            await asyncio.sleep(1)
    t = asyncio.create_task(tg_body())
    await asyncio.sleep(0.001)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("tg cancelled", t.cancelled())
    # TaskGroup: child errors + body error
    async def bad(n):
        await asyncio.sleep(0)
        raise ValueError(n)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(1))
            tg.create_task(bad(2))
            await asyncio.sleep(0.01)
    except ExceptionGroup as eg:
        print(eg.message, sorted(str(e) for e in eg.exceptions))
    # wait_for inner ignores cancellation once
    async def stubborn():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            await asyncio.sleep(0)
            return "late"
    try:
        print(await asyncio.wait_for(stubborn(), 0.001))
    except asyncio.TimeoutError:
        print("timeout")
    # cancel() return values
    t = asyncio.create_task(asyncio.sleep(0))
    await t
    print(t.cancel(), t.cancelled())
    f = asyncio.get_running_loop().create_future()
    print(f.cancel(), f.cancel(), f.cancelled())
    # result of cancelled future with message chain
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("result", repr(e))
    # ensure_future with awaitable
    class Aw:
        def __await__(self):
            yield from asyncio.sleep(0).__await__()
            return 42
    print(await asyncio.ensure_future(Aw()))
    try:
        asyncio.ensure_future(1)
    except TypeError as e:
        print("TypeError", e)

asyncio.run(main())
