# An async def without awaits runs to completion on the first send(None): StopIteration carries the result.
async def answer():
    print("running")
    return 42
c = answer()
print("created:", type(c).__name__, c.__name__)
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)
