# throw() handled by a generator that then returns: StopIteration carries the return value.
def g():
    try:
        yield 1
    except KeyError:
        return "handled and returned"
gen = g()
next(gen)
try:
    gen.throw(KeyError)
except StopIteration as e:
    print("StopIteration value:", e.value)
