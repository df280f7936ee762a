# throw() into a generator whose handler does not match: the thrown exception escapes.
def g():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("during close")
gen = g()
next(gen)
gen.throw(KeyError("x"))
