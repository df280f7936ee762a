# Set mutation methods: add, discard, remove, pop, update, clear, comprehensions, frozenset.
s = {3, 1}
s.add(2); s.add(3); s.discard(10); s.remove(1)
print(sorted(s))
s.update([7, 8], {9})
s.intersection_update(range(8))
print(sorted(s))
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
print(sorted({x % 4 for x in range(20)}))
fs = frozenset([1, 2, 2, 3])
print(len(fs), 2 in fs, {fs: "ok"}[frozenset({3, 2, 1})])
s.clear()
print(s, set(), repr(frozenset()))
print({5}, {-1}, set([4, 4]))
