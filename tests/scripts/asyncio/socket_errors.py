# socket argument errors and resolver errors.
import socket

s = socket.socket()
cases = [
    lambda: s.bind(('127.0.0.1',)),
    lambda: s.bind(('127.0.0.1', 'x')),
    lambda: s.bind(('127.0.0.1', 70000)),
    lambda: s.bind('127.0.0.1'),
    lambda: s.recv(-1),
    lambda: s.send('text'),
    lambda: s.settimeout(-1),
    lambda: socket.getaddrinfo('name.invalid', 80),
    lambda: socket.inet_pton(socket.AF_INET, 'not an ip'),
]
for case in cases:
    try:
        case()
    except Exception as e:
        print(type(e).__name__, e)
s.close()
print(issubclass(socket.gaierror, OSError), socket.error is OSError, socket.timeout is TimeoutError)
print(socket.getaddrinfo('127.0.0.1', 8080, socket.AF_INET, socket.SOCK_STREAM)[0][2:])
print(socket.inet_ntop(socket.AF_INET, socket.inet_pton(socket.AF_INET, '10.1.2.3')))
print(len(socket.inet_pton(socket.AF_INET6, '::1')))
