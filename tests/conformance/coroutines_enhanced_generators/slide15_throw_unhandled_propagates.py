# Slide 15: an exception thrown in and not handled by the coroutine propagates back to the caller of .throw(); the coroutine is finished
import inspect

def coro():
    try:
        yield 1
        yield 2
    finally:
        print("coroutine cleans up")

c = coro()
next(c)
try:
    c.throw(RuntimeError("stop now"))
except RuntimeError as e:
    print("caller got", type(e).__name__, e)
print(inspect.getgeneratorstate(c))
try:
    next(c)
except StopIteration:
    print("no more values")
