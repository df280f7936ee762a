# itertools.islice: every argument form, consumption of the source, messages.
import itertools

r = range(10)
print(list(itertools.islice(r, 3)))
print(list(itertools.islice(r, 2, 5)))
print(list(itertools.islice(r, 2, None)))
print(list(itertools.islice(r, 1, 9, 3)))
print(list(itertools.islice(r, None)))
print(list(itertools.islice(r, None, None, 2)))
print(list(itertools.islice(r, 5, 2)))
print(list(itertools.islice(r, 0)))
print(list(itertools.islice(r, 20)))
print(list(itertools.islice(itertools.count(), 5, 20, 4)))
print(list(itertools.islice('abcdef', True, 4)))

# The source is consumed only as far as needed.
it = iter(range(10))
print(list(itertools.islice(it, 2, 4)), next(it))
it = iter(range(10))
s = itertools.islice(it, 0, 6, 4)
print(list(s), next(it))

class Index:
    def __index__(self):
        return 3

print(list(itertools.islice(r, Index())))

bad = [(r, -1), (r, -5), (r, 'a'), (r, 1.5), (r, 10 ** 30), (r, 'a', 3), (r, -1, 3), (r, 1, -1),
       (r, 1, -2), (r, 1, 5, 0), (r, 1, 5, -1), (r, 1, 5, 'x'), (r, 1, 5, 10 ** 30), (1, 2)]
for args in bad:
    try:
        itertools.islice(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for args in [(), (r,), (r, 1, 2, 3, 4)]:
    try:
        itertools.islice(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    itertools.islice(r, stop=2)
except TypeError as e:
    print('TypeError', e)
