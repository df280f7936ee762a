# serve_forever() in a task; cancelling that task closes the server.
import asyncio


async def handle(reader, writer):
    data = await reader.read(100)
    writer.write(data[::-1])
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0, start_serving=False)
    print('serving before:', server.is_serving())
    port = server.sockets[0].getsockname()[1]
    serving = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0)
    print('serving:', server.is_serving())
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'stressed')
    writer.write_eof()
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    serving.cancel()
    try:
        await serving
    except asyncio.CancelledError:
        print('serve_forever cancelled; serving:', server.is_serving())


asyncio.run(main())
