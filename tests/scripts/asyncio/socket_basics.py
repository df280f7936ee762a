# socket objects: constants, blocking modes, bind/listen/accept/connect,
# send/recv, addresses, options and the errors of a closed socket.
import socket

print(socket.AF_INET, socket.AF_INET6, socket.SOCK_STREAM, socket.SOL_SOCKET, socket.SO_REUSEADDR)
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print('reuseaddr', srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
srv.bind(('127.0.0.1', 0))
srv.listen()
host, port = srv.getsockname()
print(host, port > 0, srv.family, srv.type, srv.proto)
print(srv.gettimeout(), srv.getblocking())
cli = socket.socket()
cli.setblocking(False)
print(cli.gettimeout(), cli.getblocking())
print('connect_ex in progress or done:', cli.connect_ex((host, port)) in (0, 115))
conn, addr = srv.accept()
print('accepted from', addr[0], conn.getpeername() == addr, conn.getsockname() == (host, port))
print('accepted socket timeout:', conn.gettimeout())
cli.setblocking(True)
cli.sendall(b'hello')
print(conn.recv(1024))
conn.send(b'bye')
print(cli.recv(1024))
conn.shutdown(socket.SHUT_WR)
print('eof:', cli.recv(10))
conn.settimeout(0.01)
print(conn.gettimeout(), conn.getblocking())
try:
    conn.recv(10)
except TimeoutError as e:
    print('TimeoutError', e)
for s in (conn, cli, srv):
    s.close()
print(srv.fileno(), repr(srv))
try:
    srv.listen()
except OSError as e:
    print(type(e).__name__, e)
with socket.socket() as s:
    print(s.fileno() >= 0)
print(s.fileno())
