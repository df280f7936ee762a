# The innermost of a running yield-from chain drives a second chain (for,
# sum(), next()) and a third chain nested in that one: each chain's levels
# run while the others wait, gi_running of the first chain's levels stays
# True meanwhile, and values do not cross between chains.
from _chain import chain, levels, runs


def counting(n):
    for i in range(n):
        yield i


def driving_first():
    yield 'ready'
    first = runs([g.gi_running for g in seen])
    inner_sum = sum(chain(6, nesting))
    second = chain(4, counting, 3)
    got = [next(second), next(second)]
    print('  first chain running:', first, runs([g.gi_running for g in seen]))
    print('  sum', inner_sum, 'got', got, list(second))
    yield 'done'


def nesting():
    for x in chain(3, counting, 4):
        yield x + sum(chain(5, counting, 3))


for depth in (2, 25):
    top = chain(depth, driving_first)
    next(top)
    seen = levels(top)
    print(depth, next(top))
    top.close()
