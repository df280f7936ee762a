# A small program: a line-based chat server broadcasting between three clients.
import asyncio

clients = {}
everyone_joined = asyncio.Event()


async def handle(reader, writer):
    name = (await reader.readline()).decode().strip()
    clients[name] = writer
    if len(clients) == 3:
        everyone_joined.set()
    try:
        while True:
            line = await reader.readline()
            if not line:
                break
            msg = f'{name}: {line.decode().strip()}\n'.encode()
            for other, w in clients.items():
                if other != name:
                    w.write(msg)
                    await w.drain()
    finally:
        del clients[name]
        writer.close()


async def client(port, name, lines, expect):
    r, w = await asyncio.open_connection('127.0.0.1', port)
    w.write(f'{name}\n'.encode())
    await w.drain()
    await everyone_joined.wait()
    for line in lines:
        w.write(f'{line}\n'.encode())
        await w.drain()
    got = []
    for _ in range(expect):
        got.append((await r.readline()).decode().strip())
    w.close()
    await w.wait_closed()
    return name, sorted(got)


async def main():
    srv = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = srv.sockets[0].getsockname()[1]
    async with srv:
        res = await asyncio.gather(client(port, 'ann', ['hi', 'bye'], 1),
                                   client(port, 'bob', ['yo'], 2),
                                   client(port, 'cy', [], 3))
        for r in res:
            print(r)


asyncio.run(main())
