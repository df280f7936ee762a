# Slide 15: a coroutine that handles the thrown exception and returns makes throw() raise StopIteration with the value
def coro():
    try:
        yield 1
    except ValueError as e:
        return f"returned after {e}"

c = coro()
next(c)
try:
    c.throw(ValueError("boom"))
except StopIteration as e:
    print("StopIteration", repr(e.value))
