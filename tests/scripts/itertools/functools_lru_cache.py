# functools.lru_cache and cache: hits, misses, eviction order, keys, clearing.
import functools

calls = []

@functools.lru_cache(maxsize=2)
def square(x):
    calls.append(x)
    return x * x

print(square(1), square(2), square(1), square(3), square(2), square(1))
print(calls, square.cache_info(), square.cache_parameters())
square.cache_clear()
print(square.cache_info(), square(4), square.cache_info())
print(square.__name__, square.__wrapped__.__name__)

@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())

@functools.cache
def ident(*args, **kwargs):
    calls.append((args, kwargs))
    return len(calls)

calls.clear()
print(ident(1), ident(1), ident(1.0), ident(True), ident(a=1), ident(a=1), ident(1, a=1), ident.cache_info())

@functools.lru_cache(maxsize=None, typed=True)
def typed(x):
    return type(x).__name__

print(typed(1), typed(1.0), typed(True), typed.cache_info())

@functools.lru_cache(maxsize=0)
def nocache(x):
    return x

print(nocache(1), nocache(1), nocache.cache_info())
print(functools.lru_cache(-5)(abs).cache_info())
try:
    functools.lru_cache(maxsize='a')
except TypeError as e:
    print('TypeError', e)
try:
    square([1])
except TypeError as e:
    print('TypeError', e)

@functools.lru_cache(maxsize=3)
def fails(x):
    raise ValueError(x)

try:
    fails(1)
except ValueError:
    print('raised', fails.cache_info())

class Grid:
    def __init__(self, n):
        self.n = n

    @functools.lru_cache(maxsize=None)
    def cell(self, i):
        return self.n * i

    @functools.cache
    def total(self):
        return sum(self.cell(i) for i in range(4))

g = Grid(3)
print(g.cell(2), g.cell(2), g.total(), Grid.cell.cache_info().hits, Grid.total(g))
