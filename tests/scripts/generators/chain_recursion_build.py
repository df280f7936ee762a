# A recursive yield-from chain deeper than the recursion limit (limit 200,
# 300 levels), started from the top: RecursionError is raised where a level
# starts its delegate; every level above catches it in turn (the handlers
# make no calls, so they cannot raise a new one), it reaches the driver and
# the whole chain is closed. A chain of 150 levels fits and runs to the end.
# (The deepest level reached is checked with a margin, not to the frame.)
import sys

sys.setrecursionlimit(200)
deepest = None
handled = 0


def level(n):
    global deepest, handled
    if n == 0:
        yield 'bottom'
        return 'done'
    try:
        return (yield from level(n - 1))
    except RecursionError:
        if deepest is None:
            deepest = n
        handled += 1
        raise


top = level(300)
try:
    next(top)
except RecursionError as e:
    print('driver caught', type(e).__name__, e)
print('deepest handler near level 100:', 90 < deepest < 110,
      'every level above it handled it:', handled == 300 - deepest + 1)
print('top closed', top.gi_frame is None)

deepest, handled = None, 0
top = level(150)
print(next(top), list(top), deepest, handled)
