# readexactly(): exact sizes across writes; IncompleteReadError at EOF with
# the partial data; readuntil() and the IncompleteReadError message.
import asyncio


async def handle(reader, writer):
    writer.write(b'abc')
    await writer.drain()
    writer.write(b'defgh|tail')
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print(await reader.readexactly(5))
    print(await reader.readuntil(b'|'))
    print(await reader.readexactly(0))
    try:
        await reader.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print('IncompleteReadError:', e, e.partial, e.expected)
    print(issubclass(asyncio.IncompleteReadError, EOFError), reader.at_eof())
    try:
        await reader.readexactly(-1)
    except ValueError as e:
        print('ValueError', e)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
