# A suspended 150-level yield-from chain resumed from a caller 80 frames deep
# (recursion limit 200): the level whose resumption passes the limit is
# closed without running its except or finally (its frame never starts
# again); the levels above run both, the levels below stay suspended.
import sys
import inspect

sys.setrecursionlimit(200)
finals = 0
handled = 0


def level(n):
    global finals, handled
    if n == 0:
        while True:
            yield 'bottom'
    try:
        return (yield from level(n - 1))
    except RecursionError:
        handled += 1
        raise
    finally:
        finals += 1


def resume_at(k, g):
    if k == 0:
        return next(g)
    return resume_at(k - 1, g)


top = level(149)
next(top)
chain = []
g = top
while g is not None:
    chain.append(g)
    g = g.gi_yieldfrom
try:
    resume_at(80, top)
except RecursionError as e:
    print(type(e).__name__, e)
states = [inspect.getgeneratorstate(g) for g in chain]
closed = states.count('GEN_CLOSED')
print('closed', closed, 'handlers', handled, 'finally blocks', finals)
print('closed levels without a finally run:', closed - finals)
chain[closed].close()
print('finally blocks after closing the rest:', finals)
