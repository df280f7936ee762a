# itertools.tee: independent iterators over one shared buffer.
import itertools

a, b = itertools.tee(iter([1, 2, 3]))
print(next(a), list(b), list(a))
print(itertools.tee([1], 0), len(itertools.tee('ab', 5)))
print([list(t) for t in itertools.tee('abc', 3)])

# The source is read once, by whichever iterator is ahead.
def source():
    for i in range(4):
        print('produce', i)
        yield i

x, y = itertools.tee(source())
print(next(x), next(x), next(y), next(x), next(y))

# Long runs cross the buffer's internal blocks.
x, y = itertools.tee(range(1000))
print(sum(x), sum(y))
x, y = itertools.tee(iter(range(300)))
for _ in range(150):
    next(x)
print(list(itertools.islice(y, 3)), next(x), list(y)[-1], list(x)[-1])

# A tee of a tee shares the buffer; __copy__ gives an independent iterator.
a, b = itertools.tee([1, 2, 3])
c, d = itertools.tee(a)
print(c is a, next(c), list(a), list(d), list(b))
e = b.__copy__()
print(type(a).__name__, type(e).__name__, list(e))
t = itertools._tee([5, 6])
print(next(t), list(t.__copy__()), list(t))

# Re-entering the tee from its own source is an error.
def reenter():
    yield next(t2)

t1, t2 = itertools.tee(reenter())
try:
    next(t1)
except RuntimeError as e:
    print('RuntimeError', e)

for call in (lambda: itertools.tee(), lambda: itertools.tee([1], -1), lambda: itertools.tee([1], 'a'),
             lambda: itertools.tee(1), lambda: itertools.tee([1], 2, 3), lambda: itertools.tee([1], n=2),
             lambda: itertools._tee(), lambda: itertools._tee(1)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
