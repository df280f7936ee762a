# The exception thrown into a generator is the same object the caller passed.
def g():
    try:
        yield
    except Exception as e:
        yield e
exc = LookupError("same object")
gen = g()
next(gen)
got = gen.throw(exc)
print(got is exc, repr(got))
gen.close()
