# difftest seed 1 program 20: a traceback keeps its frames and their locals alive: a generator held in a local is finalized only when the caught exception is dropped
def inner():
    try:
        yield 1
    finally:
        print("inner finally")

def outer(it):
    for v in it:
        yield v

g = outer(inner())
next(g)
try:
    g.throw(ValueError("thrown"))
except ValueError as e:
    print("caught", e)
print("after the handler")

class Noisy:
    def __del__(self):
        print("Noisy.__del__")

def fails():
    local = Noisy()
    raise KeyError("k")

try:
    fails()
except KeyError:
    print("caught KeyError")
print("end")
