# Dropping the last reference to a suspended generator closes it at once (its finally runs before the next line).
def g(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", name)
a = g("a")
next(a)
del a
print("after del")
b = g("b")
next(b)
b = None
print("after rebinding")
def use():
    c = g("c")
    next(c)
    print("leaving use()")
use()
print("after use()")
