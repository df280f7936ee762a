# Transports and protocols: create_server/create_connection with Protocol
# subclasses; callback order (connection_made, data_received,
# eof_received, connection_lost).
import asyncio


class EchoServer(asyncio.Protocol):
    def connection_made(self, transport):
        print('server: connection_made', type(transport).__name__)
        self.transport = transport

    def data_received(self, data):
        print('server: data_received', data)
        self.transport.write(data * 2)

    def eof_received(self):
        print('server: eof_received')
        self.transport.close()

    def connection_lost(self, exc):
        print('server: connection_lost', exc)


class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done

    def connection_made(self, transport):
        print('client: connection_made')
        transport.write(b'ping')
        transport.write_eof()

    def data_received(self, data):
        print('client: data_received', data)

    def eof_received(self):
        print('client: eof_received')

    def connection_lost(self, exc):
        print('client: connection_lost', exc)
        self.done.set_result(True)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(EchoServer, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    done = loop.create_future()
    transport, protocol = await loop.create_connection(lambda: Client(done), '127.0.0.1', port)
    print(type(protocol).__name__, transport.get_extra_info('peername')[1] == port)
    await done
    print('closing?', transport.is_closing())
    server.close()
    await server.wait_closed()


asyncio.run(main())
