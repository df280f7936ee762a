# writelines(), write_eof() / can_write_eof(), a large payload, read() to EOF.
import asyncio


async def handle(reader, writer):
    data = await reader.read()
    print('server received', len(data), 'bytes, ends with', data[-6:])
    writer.writelines([b'got ', str(len(data)).encode(), b' bytes'])
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    payload = b'0123456789' * 50000 + b'|end|\n'
    writer.write(payload)
    print('can_write_eof', writer.can_write_eof())
    await writer.drain()
    writer.write_eof()
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
