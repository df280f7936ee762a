# bisect: left/right search, insort, lo/hi bounds, key=.
import bisect

a = [1, 2, 2, 2, 3, 5]
for x in (0, 1, 2, 4, 5, 6):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 2), bisect.bisect(a, 2, 0, -1), bisect.bisect(a, 2, hi=None))
grades = [(60, 'D'), (70, 'C'), (80, 'B'), (90, 'A')]
print([bisect.bisect(grades, score, key=lambda g: g[0]) for score in (33, 60, 85, 99)])
l = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(l, x)
print(l)
bisect.insort_left(l, 4)
bisect.insort_right(l, 4.0)
print(l)
records = [('a', 1), ('c', 3)]
bisect.insort(records, ('b', 2), key=lambda r: r[1])
bisect.insort_left(records, ('z', 0), key=lambda r: r[1])
print(records)
print(bisect.bisect_left('acegi', 'f'), bisect.bisect(range(0, 100, 10), 55))

class Idx:
    def __index__(self):
        return 1

print(bisect.bisect([1, 2, 3], 2, Idx()))
for call in (lambda: bisect.bisect(a, 2, -1), lambda: bisect.bisect(a, 2, 1.5), lambda: bisect.bisect(a, 2, 0, 'x'),
             lambda: bisect.bisect(1, 2), lambda: bisect.insort(a, 1, -2)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
