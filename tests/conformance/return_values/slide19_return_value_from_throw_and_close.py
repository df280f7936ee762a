# Slide 19: the return value also reaches throw() (as StopIteration.value); close() returns None in 3.11
def gen():
    try:
        yield 1
    except ValueError:
        return "returned on ValueError"
    except GeneratorExit:
        return "returned on GeneratorExit"

g = gen()
next(g)
try:
    g.throw(ValueError)
except StopIteration as e:
    print("throw ->", repr(e.value))
g = gen()
next(g)
print("close ->", repr(g.close()))
