# From inside the innermost of a running yield-from chain (depth 1, 2, 3,
# 25), next()/send()/throw()/close() on the outermost, a middle level and the
# innermost itself raise ValueError "generator already executing"; the chain
# is unharmed and goes on.
from _chain import chain, levels, state, runs


def attempts(g):
    out = []
    for name, call in (('next', lambda: next(g)), ('send', lambda: g.send(1)),
                       ('throw', lambda: g.throw(KeyError('x'))), ('close', g.close)):
        try:
            call()
            out.append((name, 'no error'))
        except Exception as e:
            out.append((name, type(e).__name__, str(e)))
    return out


def innermost():
    got = yield 'ready'
    for label, g in (('outermost', seen[0]), ('middle', seen[len(seen) // 2]), ('self', seen[-1])):
        print(' ', label, attempts(g))
    print('  states:', runs([state(g) for g in seen]))
    got = yield ('got', got)
    return ('returned', got)


for depth in (1, 2, 3, 25):
    top = chain(depth, innermost)
    next(top)
    seen = levels(top)
    print(depth)
    print(' ', top.send('a'))
    try:
        top.send('b')
    except StopIteration as e:
        print('  stop', e.value)
