# select.select() on sockets: readiness lists keep the objects given.
import select
import socket

a, b = socket.socketpair()
r, w, x = select.select([a, b], [a], [], 0)
print(r, w == [a], x)
b.send(b'data')
r, w, x = select.select([a, b], [], [], 1.0)
print(r == [a])
print(a.recv(100))
try:
    select.select([], [], [], -1)
except ValueError as e:
    print('ValueError', e)
try:
    select.select(['x'], [], [], 0)
except TypeError as e:
    print('TypeError', e)
a.close()
b.close()
