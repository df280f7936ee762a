# Slide 15: .throw(exc_type, exc_value) — the exception is built from the type and the value
def coro():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e.args)

c = coro()
next(c)
c.throw(ValueError, "message")
c.throw(ValueError, ("a", "b"))
c.throw(LookupError, ValueError("a non-instance value becomes the argument"))
c.throw(ValueError, ValueError("an instance is used as is"))
c.throw(TypeError, None)
c.close()
