# yield from over a plain iterator: send(None) works, send(value) fails with AttributeError from the iterator.
def deleg():
    yield from iter([1, 2, 3])
g = deleg()
print(next(g), g.send(None))
try:
    g.send("x")
except AttributeError as e:
    print("AttributeError:", e)
