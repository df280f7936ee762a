# A finished coroutine cannot be resumed: RuntimeError "cannot reuse already awaited coroutine".
async def f():
    return "done"
c = f()
try:
    c.send(None)
except StopIteration as e:
    print("first:", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
async def g():
    return await c
outer = g()
try:
    outer.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
