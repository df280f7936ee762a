# A recursive yield-from chain of 300 levels started under recursion limit
# 200: the exact level whose start fails. The generator of the level below
# is created and closed when its frame cannot start, so that level runs no
# handler and the deepest handler is one level up; the count is exact here.
# CPython 3.11 counts a call one level deeper until its specializing
# interpreter has warmed the call up (a few runs), so the chain runs a few
# times first: the count is then the steady one.
import sys

sys.setrecursionlimit(200)
deepest = None
handled = 0


def level(n):
    global deepest, handled
    if n == 0:
        yield 'bottom'
    try:
        return (yield from level(n - 1))
    except RecursionError:
        if deepest is None:
            deepest = n
        handled += 1
        raise


for _ in range(20):
    next(level(5))
try:
    next(level(300))
except RecursionError as e:
    print(type(e).__name__, e)
print('deepest handler at level', deepest, 'handlers run', handled)
