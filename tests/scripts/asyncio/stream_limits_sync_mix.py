# Streams with a small limit (readline ValueError, LimitOverrunError), serve_forever()
# cancelled, Event and Condition wake-ups, wait_for(done future, 0), an async
# generator left by break.
import asyncio

async def handle(reader, writer):
    writer.write(b"x" * 100 + b"\nshort\n" + b"y" * 50 + b"!" + b"tail")
    await writer.drain()
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, limit=16)
    port = server.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection("127.0.0.1", port, limit=16)
    try:
        await r.readline()
    except ValueError as e:
        print("readline ValueError", e)
    print(await r.readline())
    try:
        await r.readuntil(b"!")
    except asyncio.LimitOverrunError as e:
        print("LimitOverrunError", e, e.consumed)
    print(len(await r.read(60)))
    print(await r.read())
    print(await r.read(), r.at_eof())
    w.close()
    await w.wait_closed()
    server.close()
    await server.wait_closed()
    # serve_forever cancelled
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    t = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0.01)
    print(server.is_serving())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("serve_forever cancelled", server.is_serving())
    # Event / Condition
    ev = asyncio.Event()
    async def waiter(i):
        await ev.wait()
        return i
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(repr(ev).split(" ", 1)[0], repr(ev).rsplit(" ", 2)[1:])
    ev.set()
    print(await asyncio.gather(*ts))
    cond = asyncio.Condition()
    out = []
    async def cw(i):
        async with cond:
            await cond.wait()
            out.append(i)
    ts = [asyncio.create_task(cw(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    print(out)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError", e)
    # wait_for on a done future with zero timeout
    f = asyncio.get_running_loop().create_future()
    f.set_result(5)
    print(await asyncio.wait_for(f, 0))
    # async generator finalization
    async def agen():
        try:
            for i in range(3):
                yield i
        finally:
            print("agen finally")
    async for v in agen():
        print("v", v)
        break
    await asyncio.sleep(0)
    print("done")

asyncio.run(main())
