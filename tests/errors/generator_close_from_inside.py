# A generator whose finally block closes the generator itself during close().
def g():
    try:
        yield 1
    finally:
        gen.close()
gen = g()
next(gen)
gen.close()
print("done")
