# A yield-from chain of 150 levels built under the recursion limit (200),
# resumed many times from a caller 10 frames deep: fine. Resumed from a
# caller 60 or 100 frames deep: RecursionError reaches the caller, the
# outer levels are closed (each ran its handler), the levels below the
# failure stay suspended and the innermost part can still be resumed
# directly. (Depths keep a margin: the test does not pin the exact frame.)
import sys
import inspect

sys.setrecursionlimit(200)
handled = 0


def level(n):
    global handled
    if n == 0:
        count = 0
        while True:
            count += 1
            yield count
    try:
        return (yield from level(n - 1))
    except RecursionError:
        handled += 1
        raise


def resume_at(k, g):
    if k == 0:
        return next(g)
    return resume_at(k - 1, g)


def levels(top):
    out = []
    while top is not None:
        out.append(top)
        top = top.gi_yieldfrom
    return out


top = level(149)
next(top)
chain = levels(top)
print(len(chain), [resume_at(10, top) for _ in range(50)][-3:])

for k in (60, 100):
    handled = 0
    top = level(149)
    next(top)
    chain = levels(top)
    try:
        resume_at(k, top)
        print(k, 'no error')
    except RecursionError as e:
        print(k, type(e).__name__, e)
    states = [inspect.getgeneratorstate(g) for g in chain]
    closed = states.count('GEN_CLOSED')
    print('  closed levels form the top:', states[:closed] == ['GEN_CLOSED'] * closed,
          'rest suspended:', set(states[closed:]) == {'GEN_SUSPENDED'})
    print('  every closed level but the deepest ran its handler:', handled >= closed - 1,
          'enough closed:', 30 < closed < 150)
    print('  innermost resumed directly:', next(chain[-1]), next(chain[-1]))
    print('  first suspended level resumed:', next(chain[closed]))
    chain[closed].close()
