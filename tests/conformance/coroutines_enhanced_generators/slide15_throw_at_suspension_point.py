# Slide 15: .throw() raises the exception at the point where the coroutine is suspended; throw() returns the next yield
def coro():
    while True:
        try:
            received = yield "waiting"
            print("received", received)
        except ValueError as e:
            print("handled at the yield:", type(e).__name__, e)
            yield "recovered"

c = coro()
print(next(c))
print(c.send(1))
print(c.throw(ValueError("bad value")))
print(next(c))
print(c.send(2))
c.close()
