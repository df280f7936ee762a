# Slide 15: throw() raises exactly what is given at the yield: GeneratorExit is not special, StopIteration leaving the body becomes RuntimeError
def coro():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit via throw")
        yield "kept running"

c = coro()
next(c)
print(c.throw(GeneratorExit))

def plain():
    yield 1

p = plain()
next(p)
try:
    p.throw(StopIteration("thrown"))
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    c.send(None)
except StopIteration:
    print("c finished")
