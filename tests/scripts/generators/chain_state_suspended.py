# A suspended yield-from chain seen from outside: every level is suspended
# (GEN_SUSPENDED), each level's gi_yieldfrom is the next level and the
# innermost's is None; before the first next() only the outermost exists.
from _chain import chain, levels, state, runs


def innermost():
    yield 1
    yield 2


for depth in (1, 2, 3, 25):
    top = chain(depth, innermost)
    print(depth, state(top), top.gi_yieldfrom)
    next(top)
    seen = levels(top)
    print('  levels', len(seen), runs([state(g) for g in seen]))
    print('  yieldfrom is next level:',
          [seen[i].gi_yieldfrom is seen[i + 1] for i in range(len(seen) - 1)] == [True] * (len(seen) - 1),
          seen[-1].gi_yieldfrom)
    print('  names:', runs([g.__name__ for g in seen]))
    next(top)
    print('  still:', runs([state(g) for g in seen]), levels(top) == seen)
    top.close()
    print('  closed:', runs([state(g) for g in seen]), runs([g.gi_yieldfrom for g in seen]))
