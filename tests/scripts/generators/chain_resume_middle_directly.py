# A middle level of a suspended yield-from chain resumed directly (next(mid),
# mid.send(x)) while the outer level waits on it: the value goes to the
# innermost and back to the direct caller; the outer level, resumed later,
# still delegates to the same middle. When the middle finishes under the
# direct caller, the outer's `yield from` then gets None.
import inspect


def innermost(log):
    for i in range(4):
        got = yield ('inner', i)
        log.append(('inner got', got))
    return 'inner result'


def middle(log):
    r = yield from innermost(log)
    log.append(('middle got', r))
    return 'middle result'


def outer(log):
    r = yield from middle(log)
    log.append(('outer got', r))
    yield 'outer after'


log = []
top = outer(log)
print(next(top))
mid = top.gi_yieldfrom
inner = mid.gi_yieldfrom
print('direct next:', next(mid), inspect.getgeneratorstate(top))
print('direct send:', mid.send('to mid'))
print('outer send:', top.send('to top'), top.gi_yieldfrom is mid)
try:
    mid.send('last')
except StopIteration as e:
    print('mid stopped:', repr(e.value))
print(inspect.getgeneratorstate(mid), inspect.getgeneratorstate(inner), top.gi_yieldfrom is mid)
print('outer resumed:', next(top))
for entry in log:
    print(' ', entry)


# Depth 25: resume level 12 directly, then the top.
def deep(n):
    if n == 0:
        got = None
        while got != 'stop':
            got = yield ('bottom saw', got)
        return 'deep done'
    return (yield from deep(n - 1))


top = deep(24)
next(top)
g = top
for _ in range(12):
    g = g.gi_yieldfrom
print(g.send('via level 12'), top.send('via top'), g.send('again 12'))
try:
    g.send('stop')
except StopIteration as e:
    print('level 12 returned', e.value)
try:
    next(top)
except StopIteration as e:
    print('top returned', e.value)
