# Natives that consume a generator (sum, list(), extend, join, sorted, min/max,
# any/all, `in`, unpacking, dict/set, enumerate/zip/map/filter): results,
# return values dropped, mixed item types, and what the generator sees of
# its consumer while it runs.
import sys


def count(n, ret=None):
    i = 0
    while i < n:
        yield i
        i += 1
    return ret


def mixed():
    yield 1
    yield 2 ** 70          # a big int: the small-int total must hand over
    yield 3
    yield 1.5
    yield -4
    yield True


print(sum(count(10)), sum(count(10, "r"), 100), sum(count(0)), sum(count(3), 0.5))
print(sum(mixed()), sum(mixed(), 2 ** 62), sum(x for x in (2 ** 61, 2 ** 61, -1)))
print(list(count(5)), tuple(count(3, 7)), [*count(4)], sorted(count(5), reverse=True))
print("-".join(str(i) for i in count(5)), "".join(c for c in "abc"))
print(min(count(5)), max(count(5)), min(mixed()), max(mixed()), max(count(0), default="empty"))
print(max(iter([3, 1, 3.0, 2])), min(x for x in [2, 1.0, 1, 3]), max((x for x in [1, 5, 5.0]), key=lambda v: -v))
print(any(count(3)), any(count(1)), all(count(3)), all(x + 1 for x in count(3)), any(iter(())), all(iter(())))
print(any(x for x in [0, "", None, False, "a"]), all(x for x in [1, "a", True, ()]), any(x for x in [0, 0.0, [], [1]]))
print(3 in count(5), 7 in count(5), "b" in (c for c in "abc"), "z" in (c for c in "abc"), 2.0 in count(3), True in count(3))
a, b, c = count(3)
print(a, b, c, dict((k, k * k) for k in count(4)), set(count(4)) == {0, 1, 2, 3})
print(list(enumerate(count(3))), list(zip(count(3), "xyz")), list(map(abs, count(3))), list(filter(None, count(4))))
print(next(count(3)), next(count(0), "default"), list(reversed(list(count(3)))))

# The generator sees itself running, and the consumer's list growing.
lst = ["start"]
def watch(g_holder):
    for i in range(3):
        g = g_holder[0]
        yield (i, g.gi_running, len(lst), sys._getframe(1).f_code.co_name if i == 0 else "")
holder = [None]
holder[0] = watch(holder)
lst.extend(holder[0])
print(lst)

def shrinking():
    for i in range(4):
        yield i
        if i == 1:
            lst.clear()
lst = [9, 9]
lst.extend(shrinking())
print(lst)

# A yield used as an expression gets None from next().
def echo():
    got = []
    for i in range(3):
        got.append((yield i))
    print("got", got)
print(sum(echo()), list(echo()))

# Items refused by the fast paths reach Python code with the generator suspended.
class Odd:
    def __init__(self, g):
        self.g = g
    def __radd__(self, other):
        return other + 1000 + next(self.g)
    def __bool__(self):
        print("bool sees running:", self.g.gi_running)
        return False
    def __eq__(self, other):
        print("eq sees running:", self.g.gi_running, other)
        return False
    __hash__ = None
    def __lt__(self, other):
        return False
    def __gt__(self, other):
        return False

def with_odd(holder):
    yield 1
    yield Odd(holder[0])
    yield 2
    yield 3
h = [None]
h[0] = with_odd(h)
print(sum(h[0]))
h[0] = with_odd(h)
print(any(h[0]))
h[0] = with_odd(h)
print(99 in h[0])
h[0] = with_odd(h)
print(max(h[0]))

# Nested consumers: a generator body runs sum()/list() over other generators.
def outer():
    for i in range(4):
        yield sum(count(i)) + len(list(count(i))) + (i in count(i + 1))
print(sum(outer()), list(outer()), max(outer()), any(x > 100 for x in outer()))

# sys.exc_info() inside a generator consumed by a native.
def handled():
    yield sys.exc_info()[0]
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
try:
    raise ValueError("outer")
except ValueError:
    print(list(handled()))
print(list(handled()))

# yield from inside a consumed generator.
def delegating():
    yield from count(3)
    yield from [10, 20]
    r = yield from count(2, "ret")
    yield r
print(list(delegating()), sum(x for x in delegating() if isinstance(x, int)))

# A generator resumed part-way, then drained, then exhausted.
g = count(5)
print(next(g), sum(g), sum(g), list(g), next(g, "done"))
