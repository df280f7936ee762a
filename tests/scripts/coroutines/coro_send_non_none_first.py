# Sending a non-None value to a just-started coroutine raises TypeError.
async def f():
    return 1
c = f()
try:
    c.send(5)
except TypeError as e:
    print("TypeError:", e)
try:
    c.send(None)
except StopIteration as e:
    print("then send(None) works:", e.value)
