# The outermost of a yield-from chain (depth 1, 2, 3, 25) consumed by a for
# loop, sum(), list(), sorted(), max(), `in`, tuple unpacking and a
# generator expression: each sees every item of the innermost (and of the
# levels' own yields after their delegation), in order.
from _chain import chain


def innermost(n):
    yield from range(n)
    return 'ignored'


def wrapped(depth, n):
    def level(k):
        if k == 0:
            return (yield from innermost(n))
        r = yield from level(k - 1)
        yield -k
        return r
    return level(depth - 1)


for depth in (1, 2, 3, 25):
    items = []
    for x in chain(depth, innermost, 5):
        items.append(x)
    print(depth, items, sum(chain(depth, innermost, 100)), list(chain(depth, innermost, 4)))
    print('  with own yields:', list(wrapped(depth, 3))[:8], sum(wrapped(depth, 10)))
    print('  sorted/max/in:', sorted(wrapped(depth, 2))[:3], max(chain(depth, innermost, 7)),
          3 in chain(depth, innermost, 5), 9 in chain(depth, innermost, 5))
    a, b, c = chain(depth, innermost, 3)
    print('  unpacked:', a, b, c, list(x * 2 for x in chain(depth, innermost, 3)))
