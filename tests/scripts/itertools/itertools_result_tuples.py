# Result tuples handed out earlier never change, even when the iterator recycles dropped ones.
import itertools

for name, make in [('product', lambda: itertools.product('ab', repeat=2)),
                   ('permutations', lambda: itertools.permutations('abc', 2)),
                   ('combinations', lambda: itertools.combinations('abcd', 2)),
                   ('cwr', lambda: itertools.combinations_with_replacement('abc', 2))]:
    kept = []
    for i, t in enumerate(make()):
        if i % 2 == 0:
            kept.append(t)
    unpacked = [a + b for a, b in make()]
    dropped = [next(make()) for _ in range(2)]
    it = make()
    first = next(it)
    second = next(it)
    print(name, kept, unpacked, dropped, first, second, first is not second)
