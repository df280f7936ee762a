# Slide 33: anext() of an async generator is an awaitable: driven by hand, a yield surfaces as StopIteration(value)
async def agen():
    yield "one"
    yield "two"

ag = agen()
aw = ag.__anext__()
try:
    aw.send(None)
except StopIteration as e:
    print("first element arrives as StopIteration.value:", e.value)
aw = ag.asend(None)
try:
    aw.send(None)
except StopIteration as e:
    print("second:", e.value)
aw = ag.__anext__()
try:
    aw.send(None)
except StopAsyncIteration:
    print("end: StopAsyncIteration")
