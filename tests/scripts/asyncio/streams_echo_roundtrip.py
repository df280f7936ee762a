# A client/server echo round trip over 127.0.0.1 on an ephemeral port.
import asyncio


async def handle_echo(reader, writer):
    data = await reader.readline()
    print('server got', data)
    writer.write(data.upper())
    await writer.drain()
    print('server peer host', writer.get_extra_info('peername')[0])
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle_echo, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    print('listening', server.sockets[0].getsockname()[0], port > 0)
    async with server:
        reader, writer = await asyncio.open_connection('127.0.0.1', port)
        print('client sockname host', writer.get_extra_info('sockname')[0])
        print('client peer port matches', writer.get_extra_info('peername')[1] == port)
        writer.write(b'hello world\n')
        await writer.drain()
        reply = await reader.readline()
        print('client got', reply)
        print('at eof', await reader.read(), reader.at_eof())
        writer.close()
        print('is_closing', writer.is_closing())
        await writer.wait_closed()
    print('serving', server.is_serving())


asyncio.run(main())
