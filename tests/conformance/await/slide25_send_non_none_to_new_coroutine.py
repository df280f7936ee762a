# Slide 25: like a generator, a just-created coroutine must be started with send(None): another value is a TypeError
async def coro():
    return "started"

c = coro()
try:
    c.send("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
