# throw() on the delegating generator is forwarded to the sub-generator; unhandled ones propagate through both.
def sub():
    try:
        yield "sub-1"
    except ValueError as e:
        print("sub handles", e)
        yield "sub-2 after handling"
    print("sub finishing")
    return "sub result"
def outer():
    try:
        r = yield from sub()
        print("outer got", r)
        yield "outer-1"
    except TypeError as e:
        print("outer handles", e)
        yield "outer after TypeError"
g = outer()
print(next(g))
print(g.throw(ValueError("v")))
print(next(g))
print(g.throw(TypeError("t")))
g.close()
