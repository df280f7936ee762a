# Slide 14: advance with next(coroutine) or coroutine.send(None): both start the generator
def coro(name):
    print(name, "started")
    received = yield f"{name} ready"
    print(name, "received", received)
    yield f"{name} done"

a = coro("a")
print(next(a))
print(a.send(1))
b = coro("b")
print(b.send(None))
print(b.send(2))
a.close()
b.close()
