# anext(aiterator, default): an awaitable that finishes with the next item,
# or with `default` once the iterator raises StopAsyncIteration; other
# exceptions pass through; values an inner await passes up reach the driver.
import types

@types.coroutine
def suspend(tag):
    got = yield tag
    return got

async def agen():
    yield "a"
    print("  agen resumed with", await suspend("waiting in agen"))
    yield "b"

class CoroAnext:
    """__anext__ is a coroutine function."""
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 1:
            raise StopAsyncIteration
        return self.n

class AwaitableStep:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        if self.value is None:
            raise StopAsyncIteration("from __await__")
        return self.value
        yield  # a generator that finishes at once

class CustomAnext:
    """__anext__ returns an object with __await__."""
    def __init__(self):
        self.items = ["custom"]
    def __anext__(self):
        return AwaitableStep(self.items.pop() if self.items else None)

class Failing:
    async def __anext__(self):
        raise ValueError("broken iterator")

class NotAwaitable:
    def __anext__(self):
        return 42

def drive(coro):
    """Run a coroutine, printing what it passes up and sending back replies."""
    sent = None
    while True:
        try:
            up = coro.send(sent)
        except StopIteration as e:
            return e.value
        print("  driver got", up)
        sent = "reply to " + str(up)

async def main():
    ag = agen()
    print(await anext(ag, "default"))
    print(await anext(ag, "default"))
    print(await anext(ag, "default"))
    print(await anext(ag, None))
    print(await anext(ag, 0))
    c = CoroAnext()
    print(await anext(c, "no more"), await anext(c, "no more"))
    print(await anext(CustomAnext(), "x"))
    e = CustomAnext()
    e.items = []
    print(await anext(e, "default after StopAsyncIteration in __await__"))
    try:
        await anext(Failing(), "unused")
    except ValueError as err:
        print("ValueError:", err)
    try:
        await anext(NotAwaitable(), "unused")
    except TypeError as err:
        print("TypeError:", err)

print(drive(main()))

for bad in [1, [1, 2], agen]:
    try:
        anext(bad, 0)
    except TypeError as err:
        print("TypeError:", err)

aw = anext(agen(), "d")
print(type(aw).__name__, aw.__await__() is aw, iter(aw) is aw)
try:
    aw.send(None)
except StopIteration as stop:
    print("StopIteration", stop.value)

aw = anext(agen(), "d")
try:
    next(aw)
except StopIteration as stop:
    print("StopIteration", stop.value)

async def one():
    try:
        yield 1
    except ValueError:
        print("  one returns on ValueError")
    finally:
        print("  one finally")

g = one()
aw = anext(g, "d")
try:
    aw.send(None)
except StopIteration as stop:
    print("first item", stop.value)
aw = anext(g, "d")
try:
    aw.throw(ValueError)
except StopIteration as stop:
    print("throw ending the generator -> default:", stop.value)
aw = anext(g, "d")
try:
    aw.send(None)
except StopIteration as stop:
    print("after the end:", stop.value)
print(aw.close())
