# A suspended 100-level yield-from chain resumed from a caller deep enough
# that RecursionError stops it halfway; nothing else refers to the levels
# below the failure, so they are finalized at once. In CPython that is
# quiet (nothing on stderr), each finalizer runs with the frames released.
import sys

sys.setrecursionlimit(200)


def level(n):
    if n == 0:
        while True:
            yield 'bottom'
    return (yield from level(n - 1))


def resume_at(k, g):
    if k == 0:
        return next(g)
    return resume_at(k - 1, g)


for k in (120, 150):
    top = level(99)
    next(top)
    try:
        resume_at(k, top)
    except RecursionError as e:
        print(k, type(e).__name__, e)
    del top
print('end')
