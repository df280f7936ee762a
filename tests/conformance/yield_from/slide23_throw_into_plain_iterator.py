# Slide 23: throw() through yield from over an iterator without throw() is raised at the yield from in the outer generator
def outer():
    try:
        yield from iter(["a", "b"])
    except ValueError as e:
        print("outer caught", e)
        yield "outer recovered"

g = outer()
print(next(g))
print(g.throw(ValueError("to the iterator")))
g.close()

class WithThrow:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n
    def throw(self, *args):
        print("WithThrow.throw called with", [type(a).__name__ for a in args])
        return "from WithThrow.throw"
    def close(self):
        print("WithThrow.close called")

def delegating():
    yield from WithThrow()

g = delegating()
print(next(g))
print(g.throw(KeyError("k")))
g.close()
