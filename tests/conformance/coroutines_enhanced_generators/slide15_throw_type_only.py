# Slide 15: .throw(exc_type) — an exception class alone is instantiated with no arguments
def coro():
    try:
        yield 1
    except KeyError as e:
        print("caught", type(e).__name__, e.args)
        yield 2

c = coro()
next(c)
print(c.throw(KeyError))
c.close()
