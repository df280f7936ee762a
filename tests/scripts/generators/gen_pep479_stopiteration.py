# PEP 479: StopIteration raised inside a generator becomes RuntimeError, with the original as __cause__.
def bad():
    yield 1
    raise StopIteration("leaked")
g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__))
def bad_next():
    it = iter([])
    yield next(it)
try:
    list(bad_next())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
