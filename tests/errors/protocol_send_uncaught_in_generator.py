# An exception leaving a generator resumed by gen.send() from Python code:
# the traceback shows the send() line, then the generator's frames.
def inner():
    yield 1
    {}["missing"]


def outer():
    gen = inner()
    next(gen)
    return gen.send("value")


outer()
