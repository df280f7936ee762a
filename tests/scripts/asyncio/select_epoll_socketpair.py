# select.epoll over a socket pair: register/modify/unregister/poll/close.
import select
import socket

a, b = socket.socketpair()
ep = select.epoll()
print(ep.closed, ep.fileno() >= 0)
ep.register(b.fileno(), select.EPOLLIN)
print('nothing yet:', ep.poll(0))
a.send(b'ping')
events = ep.poll(1)
print('readable:', [(fd == b.fileno(), ev == select.EPOLLIN) for fd, ev in events])
print(b.recv(10))
ep.modify(b, select.EPOLLOUT)
print('writable:', [(fd == b.fileno(), ev & select.EPOLLOUT != 0) for fd, ev in ep.poll(0)])
ep.unregister(b)
print('after unregister:', ep.poll(0))
try:
    ep.unregister(b)
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
ep.register(a)
try:
    ep.register(a)
except FileExistsError as e:
    print('FileExistsError', e.errno)
ep.close()
print(ep.closed)
try:
    ep.poll(0)
except ValueError as e:
    print('ValueError', e)
try:
    select.epoll().register(-1)
except ValueError as e:
    print('ValueError', e)
with select.epoll() as ep2:
    print('context manager open:', not ep2.closed)
print('closed after with:', ep2.closed)
print(select.EPOLLIN, select.EPOLLOUT, select.EPOLLERR, select.EPOLLHUP, select.error is OSError)
a.close()
b.close()
