# Slide 23: an exception thrown through yield from that the internal generator does not handle bubbles up to the outer one
def internal():
    try:
        yield 1
        yield 2
    finally:
        print("  internal finally")

def outer():
    try:
        yield from internal()
    except KeyError as e:
        print("  outer handles", type(e).__name__, e)
        yield "outer recovered"
    yield "outer continues"

g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
try:
    g.throw(IndexError("unhandled everywhere"))
except IndexError as e:
    print("caller gets", type(e).__name__, e)
