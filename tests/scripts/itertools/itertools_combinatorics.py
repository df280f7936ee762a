# itertools.permutations, combinations, combinations_with_replacement.
import itertools
from math import comb, factorial, perm

print(list(itertools.permutations(range(3))))
print(list(itertools.permutations('abc', 2)))
print(list(itertools.permutations([1, 2], 0)), list(itertools.permutations([], 0)))
print(list(itertools.permutations([1, 2], 3)), list(itertools.permutations([])))
print(list(itertools.combinations('abcd', 2)))
print(list(itertools.combinations(range(4), 0)), list(itertools.combinations('ab', 3)))
print(list(itertools.combinations_with_replacement('abc', 2)))
print(list(itertools.combinations_with_replacement([], 0)), list(itertools.combinations_with_replacement([], 2)))
print(list(itertools.combinations_with_replacement('ab', 3)))

# Counts agree with the formulas, outputs are sorted by pool position.
for n in range(6):
    pool = range(n)
    for r in range(n + 2):
        p = list(itertools.permutations(pool, r))
        c = list(itertools.combinations(pool, r))
        w = list(itertools.combinations_with_replacement(pool, r))
        assert len(p) == (perm(n, r) if r <= n else 0), (n, r)
        assert len(c) == (comb(n, r) if r <= n else 0), (n, r)
        assert len(w) == (comb(n + r - 1, r) if n else int(r == 0)), (n, r)
        assert p == sorted(p) and c == sorted(c) and w == sorted(w)
        assert len(set(p)) == len(p)
print('formulas ok')

# Items are positions, not values: duplicates are not merged.
print(list(itertools.combinations('aab', 2)))
print(list(itertools.permutations([1, 1])))

for call in (lambda: itertools.permutations(), lambda: itertools.permutations([1, 2], 'a'),
             lambda: itertools.permutations([1, 2], -1), lambda: itertools.permutations([1, 2], 1.5),
             lambda: itertools.permutations(1, -1), lambda: itertools.combinations([1, 2]),
             lambda: itertools.combinations([1, 2], -1), lambda: itertools.combinations(1, 'a'),
             lambda: itertools.combinations(1, -1), lambda: itertools.combinations_with_replacement([1], -1),
             lambda: itertools.combinations([1, 2], 10 ** 30), lambda: itertools.combinations([1, 2], 2 ** 62)):
    try:
        call()
    except (TypeError, ValueError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
print(list(itertools.permutations([1, 2], r=None)), list(itertools.combinations(iterable='abc', r=2)))
