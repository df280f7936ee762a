# Slide 15: throw() into a finished coroutine just raises the exception in the caller
def coro():
    yield 1

c = coro()
print(list(c))
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
