# Slide 25 "await": works like yield from, but only accepts coroutines and awaitables (objects with __await__), not plain generators.
class Ready:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        got = yield f"awaiting {self.value}"
        print("Ready resumed with", got)
        return self.value * 2
async def child(x):
    return await Ready(x)
async def parent():
    a = await child(1)
    b = await Ready(10)
    print("parent has", a, b)
    return a + b
def plain_generator():
    yield 1
async def awaits_generator():
    await plain_generator()
coro = parent()
print(coro.send(None))
print(coro.send("first resume"))
try:
    coro.send("second resume")
except StopIteration as e:
    print("parent returned", e.value)
c = awaits_generator()
try:
    c.send(None)
except TypeError as e:
    print("TypeError:", e)
