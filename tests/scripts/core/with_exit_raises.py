# An exception raised by __exit__ replaces the body's exception (with context).
class Bad:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        raise TypeError("from exit")
try:
    with Bad():
        raise ValueError("from body")
except TypeError as e:
    print(repr(e), repr(e.__context__))
