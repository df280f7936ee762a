# Slide 19: the return value is delivered after the finally blocks of the generator run; finally can override it
def gen():
    try:
        yield 1
        return "from try"
    finally:
        print("finally runs before StopIteration")

def overriding():
    try:
        yield 1
        return "from try"
    finally:
        return "from finally"

for make in (gen, overriding):
    g = make()
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(make.__name__, "->", repr(e.value))
