# PEP 479: StopIteration inside a generator becomes RuntimeError; the traceback shows both, joined as direct cause.
def gen():
    yield 1
    next(iter([]))
list(gen())
