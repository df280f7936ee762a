# A generator that sends to itself while running: ValueError, no crash.
def g():
    yield gen.send(None)
gen = g()
next(gen)
