# Slide 11: .close() raises GeneratorExit at the suspended yield; finally blocks run and the generator is finished
def worker():
    try:
        print("worker starts")
        while True:
            yield "working"
    except GeneratorExit as e:
        print("caught", type(e).__name__, repr(e.args))
        raise
    finally:
        print("finally runs")

g = worker()
print(next(g))
print(g.close())
try:
    next(g)
except StopIteration:
    print("closed generator raises StopIteration")
print(g.close())
