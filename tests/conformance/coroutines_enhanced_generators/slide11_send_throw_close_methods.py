# Slide 11: generators as coroutines have .send(), .throw() and .close() besides __next__
def gen():
    yield 1

g = gen()
for name in ("send", "throw", "close", "__next__", "__iter__"):
    print(name, hasattr(g, name), callable(getattr(g, name)))
print(type(g).__name__)
g.close()
