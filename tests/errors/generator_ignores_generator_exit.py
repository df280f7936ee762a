# A generator that keeps yielding during close(): RuntimeError from close().
def g():
    n = 0
    while True:
        try:
            yield 1
        except GeneratorExit:
            n += 1
            if n > 1:
                return
gen = g()
next(gen)
gen.close()
