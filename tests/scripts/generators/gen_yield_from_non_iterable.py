# yield from a non-iterable raises TypeError when the delegation starts.
def g():
    yield 1
    yield from 42
gen = g()
print(next(gen))
try:
    next(gen)
except TypeError as e:
    print("TypeError:", e)
