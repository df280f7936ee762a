# Slide 8: StopIteration only signals the end of a generator; raised inside its body it becomes RuntimeError (PEP 479)
def leaky():
    yield 1
    raise StopIteration("inner")

g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
try:
    next(g)
except StopIteration:
    print("exhausted afterwards")

def uses_next():
    it = iter([])
    yield next(it)

print(list(x for x in [1]))
try:
    list(uses_next())
except RuntimeError as e:
    print(type(e).__name__, e)
