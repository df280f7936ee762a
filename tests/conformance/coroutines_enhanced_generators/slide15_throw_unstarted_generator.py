# Slide 15: throw() into a coroutine that never started raises at its very beginning: no code of the body runs
def coro():
    print("body runs")
    try:
        yield 1
    except ValueError:
        print("never here")

c = coro()
try:
    c.throw(ValueError("early"))
except ValueError as e:
    print("propagated:", e)
try:
    next(c)
except StopIteration:
    print("finished")
