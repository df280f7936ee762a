# Slide 23: yield from acts as a channel from the original caller to the internal generators: gi_yieldfrom shows the one being delegated to
def inner():
    yield "i"

def outer(sub):
    yield "before"
    yield from sub
    yield "after"

sub = inner()
g = outer(sub)
print(g.gi_yieldfrom is None)
print(next(g), g.gi_yieldfrom is None)
print(next(g), g.gi_yieldfrom is sub)
print(next(g), g.gi_yieldfrom is None)
lst = outer(iter([1]))
next(lst)
next(lst)
print(type(lst.gi_yieldfrom).__name__)
lst.close()
