# A line-based server handling several clients; each client gets its own
# reply; the server is closed by the test itself.
import asyncio


async def handle(reader, writer):
    async for line in reader:
        writer.write(b'echo: ' + line)
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, name, lines):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    replies = []
    for line in lines:
        writer.write(line.encode() + b'\n')
        await writer.drain()
        replies.append((await reader.readline()).decode().rstrip('\n'))
    writer.close()
    await writer.wait_closed()
    return name, replies


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    results = await asyncio.gather(client(port, 'c1', ['a', 'b']),
                                   client(port, 'c2', ['x']),
                                   client(port, 'c3', ['p', 'q', 'r']))
    for name, replies in results:
        print(name, replies)
    server.close()
    await server.wait_closed()
    print('closed; serving =', server.is_serving(), 'sockets =', server.sockets)


asyncio.run(main())
