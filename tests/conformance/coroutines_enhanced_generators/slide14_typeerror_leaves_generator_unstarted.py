# Slide 14: the TypeError from an early send() leaves the generator unstarted: it can still be advanced normally
import inspect

def coro():
    print("started")
    x = yield 1
    print("got", x)
    yield 2

c = coro()
try:
    c.send(0)
except TypeError as e:
    print(e)
print(inspect.getgeneratorstate(c))
print(c.send(None))
print(c.send("ok"))
try:
    c.send("again")
except StopIteration:
    print("StopIteration")
