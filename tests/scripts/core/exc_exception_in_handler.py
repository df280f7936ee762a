# An exception raised in a handler replaces the original; finally still runs.
def f():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        finally:
            print("inner finally")
try:
    f()
except TypeError as e:
    print("outer got", repr(e), "context", repr(e.__context__))
