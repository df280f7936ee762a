# A recursive yield-from chain of 300 levels started under recursion limit
# 200: the exact level whose start fails. CPython creates the generator of
# the level below and fails when its frame starts, so that level runs no
# handler and the deepest handler is one level up; the count is exact here.
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


try:
    next(level(300))
except RecursionError as e:
    print(type(e).__name__, e)
print('deepest handler at level', deepest, 'handlers run', handled)
