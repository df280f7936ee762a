# Slide 23: the channel passes send() to the delegate: None becomes next(), other values need a send() method
def outer():
    yield from iter([1, 2, 3])

g = outer()
print(next(g))
print(g.send(None))
try:
    g.send("x")
except AttributeError as e:
    print(type(e).__name__, e)
print(list(g))
