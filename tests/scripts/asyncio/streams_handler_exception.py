# An exception in the client_connected_cb coroutine is reported by the
# loop and the connection is closed; the client sees EOF.
import asyncio


async def handle(reader, writer):
    await reader.readline()
    raise RuntimeError('handler failed')


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'hello\n')
    print('client read:', await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
