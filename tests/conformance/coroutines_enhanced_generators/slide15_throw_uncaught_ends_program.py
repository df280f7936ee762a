# Slide 15: the thrown exception, unhandled by coroutine and caller, ends the program with it (exit 1)
def coro():
    yield "suspended here"

c = coro()
print(next(c))
c.throw(ValueError("thrown into the coroutine"))
