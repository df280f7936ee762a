# An asyncio echo server on loopback with 100 concurrent clients, each
# sending 200 line requests and waiting for each echo. Server and clients
# run in this one interpreter. stdout is a deterministic summary; the
# request rate goes to stderr (scripts/bench-echo reports it).
import asyncio
import sys
import time

CLIENTS = 100
REQUESTS = 200

async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line)
        await writer.drain()
    writer.close()
    await writer.wait_closed()

async def client(port, k):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    echoed = 0
    for i in range(REQUESTS):
        msg = f'client {k} request {i}\n'.encode()
        writer.write(msg)
        await writer.drain()
        if await reader.readline() == msg:
            echoed += 1
    writer.close()
    await writer.wait_closed()
    return echoed

async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    start = time.perf_counter()
    echoed = await asyncio.gather(*[client(port, k) for k in range(CLIENTS)])
    elapsed = time.perf_counter() - start
    server.close()
    await server.wait_closed()
    total = sum(echoed)
    print(f'{CLIENTS} clients, {total} of {CLIENTS * REQUESTS} requests echoed')
    print(f'echo: {total / elapsed:.0f} requests/s', file=sys.stderr)

asyncio.run(main())
