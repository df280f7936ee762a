# Two outer generators delegating to the same inner generator, resumed
# alternately: each value the inner yields goes to whichever outer resumed
# it; the one resumed after the inner finished gets None from yield from.
def inner():
    for i in range(5):
        got = yield i
        print('  inner got', got)
    return 'inner done'


def outer(name, sub):
    r = yield from sub
    print(' ', name, 'delegate returned', repr(r))
    yield name + ' end'


shared = inner()
a = outer('a', shared)
b = outer('b', shared)
print('a', next(a))
print('b', next(b))
print('a', a.send('from a'))
print('b', b.send('from b'))
print('a', a.gi_yieldfrom is shared, b.gi_yieldfrom is shared)
print('a', a.send('a again'))
print('b', b.send('b again'))
print('a', a.send('a last'))
try:
    b.send('b last')
except StopIteration:
    print('b finished')
print(a.gi_frame is not None, b.gi_frame)
a.close()
