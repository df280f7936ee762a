# PEP 380 close()/throw(): once the delegate has handled the exception, the
# delegating generator holds it only on its frame's stack, so the exception
# unwinding the `yield from` frees the delegate at that moment (its finalizer
# output comes before the delegating generator's handler).
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  delegate ignores GeneratorExit")
    try:
        yield 2
    finally:
        print("  delegate finally (finalized)")

def outer():
    try:
        yield from ignores_exit()
    except RuntimeError as e:
        print("  outer handler:", e)
    print("  outer continues")

print("close() with a delegate that ignores GeneratorExit:")
g = outer()
next(g)
g.close()
print("closed")

def raise_key_error(*args):
    raise KeyError("from the delegate")

class Delegate:
    def __init__(self, name):
        self.name = name
    def __iter__(self):
        return self
    def __next__(self):
        return "item"
    throw = staticmethod(raise_key_error)  # its frame does not hold the delegate
    def __del__(self):
        print("  Delegate.__del__", self.name)

def catcher(name):
    try:
        yield from Delegate(name)
    except KeyError as e:
        print("  catcher handler:", e)
    yield "after " + name

print("throw() whose delegate raises:")
g = catcher("a")
next(g)
print(g.throw(ValueError))
del g
print("close() whose delegate has no close():")
g = catcher("b")
next(g)
g.close()
print("end")
