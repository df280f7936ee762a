# An async generator that awaits: the awaitable's yields reach the driver before the generator's value.
class Pause:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield self.tag
        print("pause", self.tag, "resumed with", got)
async def agen():
    await Pause("p1")
    yield "first"
    await Pause("p2")
    yield "second"
g = agen()
step = g.__anext__()
print("driver got", step.send(None))
try:
    step.send("x")
except StopIteration as e:
    print("value", e.value)
step = g.__anext__()
print("driver got", step.send(None))
try:
    step.send("y")
except StopIteration as e:
    print("value", e.value)
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("exhausted")
