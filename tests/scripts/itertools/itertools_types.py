# itertools types: names, modules, subclassing, iterator protocol.
import itertools

names = sorted(n for n in dir(itertools) if not n.startswith('__'))
print(names)
for name in names:
    obj = getattr(itertools, name)
    if isinstance(obj, type):
        print(name, obj.__name__, obj.__module__, hasattr(obj, '__next__'), hasattr(obj, '__iter__'))

class Evens(itertools.count):
    def __init__(self, start):
        self.label = 'evens'

e = Evens(0)
print(e.label, next(e), isinstance(e, itertools.count), type(e).__name__)

class Upper(itertools.chain):
    def __next__(self):
        return super().__next__().upper()

print(list(Upper('ab', 'c')))

class Pairs(itertools.pairwise):
    pass

p = Pairs('abc')
print(next(p), p.__next__(), list(p))

class Sub(itertools.islice):
    def __init__(self, *args, **kwargs):
        self.kwargs = kwargs

print(list(Sub(range(10), 3, extra=1)))
