# Two asend() awaitables on a one-item async generator: the second ends it.
async def agen():
    yield 1
ag = agen()
a = ag.asend(None)
b = ag.asend(None)
try:
    a.send(None)
except StopIteration as e:
    print("a", e.value)
b.send(None)
