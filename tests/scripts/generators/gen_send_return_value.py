# A send that makes the generator return raises StopIteration carrying the return value.
def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
g = accumulate()
next(g)
for v in (5, 10, 20):
    print(g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
