# Slide 12: the coroutine is suspended at the yield: nothing after it runs until the next send()
import inspect

def coro():
    print("  started")
    x = yield "first"
    print("  resumed with", x)
    y = yield "second"
    print("  resumed with", y)

c = coro()
print(inspect.getgeneratorstate(c))
print(next(c))
print(inspect.getgeneratorstate(c))
print("caller works while the coroutine waits")
print(c.send(1))
print(inspect.getgeneratorstate(c))
try:
    c.send(2)
except StopIteration:
    print("finished")
print(inspect.getgeneratorstate(c))
