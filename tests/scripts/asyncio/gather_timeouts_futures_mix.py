# gather (first error, return_exceptions, outer cancel, cancelled child), wait_for
# and timeout() expiring, shield, a task that catches its cancellation, future states.
import asyncio

async def boom(i):
    await asyncio.sleep(0.001 * i)
    raise ValueError(f"boom {i}")

async def ok(i):
    await asyncio.sleep(0.001 * i)
    return i

async def main():
    # gather: first exception propagates, others keep running
    try:
        await asyncio.gather(ok(1), boom(2), ok(3))
    except ValueError as e:
        print("gather raised", e)
    r = await asyncio.gather(ok(1), boom(2), asyncio.sleep(0), return_exceptions=True)
    print([type(x).__name__ for x in r], r[0], str(r[1]))
    # cancel gather outer
    g = asyncio.gather(ok(5), ok(6))
    await asyncio.sleep(0)
    g.cancel("stop")
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather cancelled", e.args)
    # gather with a cancelled child
    t = asyncio.ensure_future(ok(10))
    t2 = asyncio.ensure_future(ok(1))
    g = asyncio.gather(t, t2, return_exceptions=True)
    t.cancel()
    print(await g)
    # empty gather
    print(await asyncio.gather())
    # wait_for timeout
    try:
        await asyncio.wait_for(ok(50), 0.001)
    except asyncio.TimeoutError as e:
        print("wait_for timeout", type(e).__name__, e.args)
    # timeout context manager
    try:
        async with asyncio.timeout(0.001) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout cm expired", cm.expired())
    async with asyncio.timeout(None) as cm:
        cm.reschedule(asyncio.get_running_loop().time() + 10)
        print("when set", cm.when() is not None)
    # shield
    inner = asyncio.ensure_future(ok(2))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled, inner", await inner)
    # cancel a task that catches cancellation and returns
    async def stubborn():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return "caught"
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling())
    # cancel with message propagates
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel("msg1")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancel message", e.args)
    # exception() of cancelled task
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("exception() raised CancelledError", e.args)
    # future states
    f = asyncio.get_running_loop().create_future()
    print(repr(f))
    f.set_result(3)
    print(repr(f))
    try:
        f.set_result(4)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    f2 = asyncio.get_running_loop().create_future()
    try:
        f2.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    f2.set_exception(KeyError)
    print(repr(f2), type(f2.exception()))
    f3 = asyncio.Future()
    f3.cancel(msg="xx")
    print(repr(f3), f3.cancelled())

asyncio.run(main())
