# Generators are their own iterators: iter(g) is g; __next__ works; send(None) == next.
def g():
    yield 1
    yield 2
    yield 3
gen = g()
print(iter(gen) is gen, gen.__next__(), gen.send(None), next(gen))
print(hasattr(gen, "__iter__"), hasattr(gen, "send"), hasattr(gen, "throw"), hasattr(gen, "close"))
