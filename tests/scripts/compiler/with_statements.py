# with statements: nesting, suppression, propagation, and exits run by return/break/continue.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.suppress

with CM("a") as a, CM("b") as b:
    print("body", a, b)

with CM("s", True):
    raise ValueError("suppressed")
print("after suppress")

try:
    with CM("r"):
        raise KeyError("k")
except KeyError:
    print("propagated")

def f():
    with CM("ret"):
        return "value"
print(f())

def g():
    for i in range(3):
        with CM(i):
            if i == 1:
                break
            if i == 0:
                continue
g()

def h():
    with CM("outer"):
        try:
            with CM("inner"):
                raise TypeError
        except TypeError:
            print("caught inner")
h()
