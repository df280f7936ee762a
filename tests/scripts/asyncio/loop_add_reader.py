# add_reader/remove_reader: a callback whenever a descriptor is readable.
import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    b.setblocking(False)
    got = loop.create_future()
    chunks = []

    def on_readable():
        data = b.recv(100)
        chunks.append(data)
        if data.endswith(b'.'):
            print('removed:', loop.remove_reader(b.fileno()))
            got.set_result(b''.join(chunks))

    loop.add_reader(b.fileno(), on_readable)
    a.send(b'one ')
    await asyncio.sleep(0.01)
    a.send(b'two.')
    print(await got)
    print('removed again:', loop.remove_reader(b.fileno()))
    a.close()
    b.close()


asyncio.run(main())
