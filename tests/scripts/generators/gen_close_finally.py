# close() raises GeneratorExit at the yield: finally blocks run, the generator ends.
def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup in finally")
gen = g()
print(next(gen))
gen.close()
print("after close:", gen.gi_frame is None)
gen.close()
print(list(gen))
def h():
    try:
        yield
    except GeneratorExit:
        print("saw GeneratorExit")
        raise
x = h()
next(x)
x.close()
