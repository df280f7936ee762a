# `async with server`: the server closes on exit; repr of the socket list.
import asyncio


async def handle(reader, writer):
    writer.write(b'hi\n')
    writer.close()


async def main():
    async with await asyncio.start_server(handle, '127.0.0.1', 0) as server:
        sock = server.sockets[0]
        print(type(sock).__name__, sock.family == 2, sock.type == 1)
        reader, writer = await asyncio.open_connection(*sock.getsockname())
        print(await reader.readline())
        writer.close()
        await writer.wait_closed()
    print(server.is_serving(), server.sockets)
    print(type(server).__name__, server.get_loop() is asyncio.get_running_loop())


asyncio.run(main())
