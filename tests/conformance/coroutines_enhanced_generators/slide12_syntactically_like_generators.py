# Slide 12: coroutines are syntactically like generators: a def with yield, the same object type, the same protocol
import inspect

def generator():
    yield 1

def coroutine():
    x = yield
    print("got", x)

print(type(generator()).__name__, type(coroutine()).__name__)
print(inspect.isgeneratorfunction(generator), inspect.isgeneratorfunction(coroutine))
c = coroutine()
print(next(c))
try:
    c.send("data")
except StopIteration:
    print("StopIteration")
print(list(coroutine()))
