# Slide 23 "yield from - More": .send() and .throw() are passed along; yielded values bubble up.
def inner():
    while True:
        try:
            got = yield "inner ready"
            print("inner got:", got)
        except KeyError as e:
            print("inner handled throw:", repr(e))
def outer():
    print("outer starts delegating")
    yield from inner()
g = outer()
print(next(g))
print(g.send("hello"))
print(g.send(123))
print(g.throw(KeyError("k")))
print(g.gi_yieldfrom.__name__)
g.close()
print("closed:", g.gi_frame is None)
