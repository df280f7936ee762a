# *args and **kwargs collect extra positional and keyword arguments.
def f(a, b=2, *args, **kwargs):
    return a, b, args, kwargs
print(f(1))
print(f(1, 3, 5, 7))
print(f(1, x=9, b=4))
print(f(*range(4), **{"z": 0}))
def count(*items):
    return len(items)
print(count(), count(1, 2, 3), count(*"hello"))
