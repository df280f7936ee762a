# Slide 25: await works like yield from: yielded values pass up to the driver, sent values pass down, the return value comes back
class suspend:
    """An awaitable: its __await__ is a generator, delegated to like with yield from."""
    def __init__(self, label):
        self.label = label
    def __await__(self):
        received = yield self.label
        return f"{self.label} resumed with {received}"

async def inner():
    a = await suspend("first")
    print(" ", a)
    b = await suspend("second")
    print(" ", b)
    return "inner result"

async def outer():
    r = await inner()
    print("  outer got", r)
    return r.upper()

c = outer()
print(c.send(None))
print(c.send(1))
try:
    c.send(2)
except StopIteration as e:
    print("StopIteration", e.value)
