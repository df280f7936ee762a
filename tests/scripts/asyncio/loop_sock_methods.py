# loop.sock_sendall/sock_recv/sock_accept/sock_connect on non-blocking sockets.
import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    reader = asyncio.create_task(loop.sock_recv(b, 100))
    await asyncio.sleep(0)
    print('reader waiting:', not reader.done())
    await loop.sock_sendall(a, b'through the loop')
    print(await reader)
    a.close()
    b.close()

    srv = socket.socket()
    srv.bind(('127.0.0.1', 0))
    srv.listen()
    srv.setblocking(False)
    cli = socket.socket()
    cli.setblocking(False)
    accepting = asyncio.create_task(loop.sock_accept(srv))
    await loop.sock_connect(cli, srv.getsockname())
    conn, addr = await accepting
    print('accepted', addr[0], conn.getblocking())
    await loop.sock_sendall(conn, b'x' * 100000)
    received = b''
    while len(received) < 100000:
        received += await loop.sock_recv(cli, 65536)
    print(len(received))
    for s in (conn, cli, srv):
        s.close()


asyncio.run(main())
