# aclose() of an async generator suspended inside asend(): RuntimeError as CPython.
import types
@types.coroutine
def sus():
    yield 1
async def agen():
    try:
        await sus()
        yield 1
    finally:
        await sus()
ag = agen()
s = ag.asend(None)
s.send(None)
c = ag.aclose()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    s.send(None)
except StopIteration as e:
    print("asend got", e.value)
n = ag.asend(None)
n.send(None)
try:
    n.send(None)
except StopAsyncIteration:
    print("exhausted")
ag.aclose().send(None)
