# reversed on sequences and objects with __reversed__; sorted on any iterable.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
class R:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(R())), sorted({3: 0, 1: 0, 2: 0}), sorted(x % 5 for x in range(12)))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
