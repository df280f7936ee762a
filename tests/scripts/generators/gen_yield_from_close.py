# close() on a delegating generator closes the sub-generator first (finally order inner then outer).
def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")
def middle():
    try:
        yield from inner()
    finally:
        print("middle finally")
def outer():
    try:
        yield from middle()
    finally:
        print("outer finally")
g = outer()
print(next(g))
g.close()
print("closed")
