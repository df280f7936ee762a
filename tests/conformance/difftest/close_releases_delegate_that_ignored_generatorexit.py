# difftest seed 2 program 60: when close() finds the delegate ignored GeneratorExit, the RuntimeError raised in the delegating generator unwinds its yield from, which drops (and so finalizes) the delegate at once
def inner():
    try:
        yield 1
    except GeneratorExit:
        print("inner ignores GeneratorExit")
    try:
        yield 2
    finally:
        print("inner finally")

def outer():
    try:
        yield from inner()
    except RuntimeError as e:
        print("outer got", e)
    print("outer continues")

g = outer()
next(g)
g.close()
print("closed")
