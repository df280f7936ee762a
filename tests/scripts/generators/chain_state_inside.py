# While a yield-from chain runs, every level (depth 1, 2, 3, 25) is running:
# gi_running True, gi_suspended False, GEN_RUNNING, seen from the innermost.
from _chain import chain, levels, state, runs


def innermost():
    yield 'ready'
    print('  inside:', runs([state(g) for g in seen]))
    yield 'again'
    print('  inside again:', runs([state(g) for g in seen]))


for depth in (1, 2, 3, 25):
    top = chain(depth, innermost)
    print(depth, next(top))
    seen = levels(top)
    print('  levels', len(seen))
    print(' ', next(top))
    try:
        next(top)
    except StopIteration as e:
        print('  stopped', e.value)
    print('  after:', runs([state(g) for g in seen]))
