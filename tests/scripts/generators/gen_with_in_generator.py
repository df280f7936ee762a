# A with block inside a generator: __exit__ runs on exhaustion and on close().
class CM:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
def g(name):
    with CM(name):
        yield 1
        yield 2
print(list(g("exhausted")))
h = g("closed")
next(h)
h.close()
