# Slide 15: .throw(exc_type, exc_value, ex_tb) — the third argument is a traceback attached to the exception
import sys

def coro():
    try:
        yield
    except ZeroDivisionError as e:
        print("caught", type(e).__name__, e)
        print("has traceback:", e.__traceback__ is not None)
        yield "handled"

try:
    1 / 0
except ZeroDivisionError:
    exc_type, exc_value, tb = sys.exc_info()

c = coro()
next(c)
print(c.throw(exc_type, exc_value, tb))
c.close()
c = coro()
next(c)
try:
    c.throw(ValueError, ValueError("x"), "not a traceback")
except TypeError as e:
    print(type(e).__name__, e)
c.close()
