# Slide 23: .close() is passed along too: the internal generators are closed first, innermost first
def level(name, child=None):
    try:
        if child is None:
            yield f"{name} value"
        else:
            yield from child
    finally:
        print("closing", name)

g = level("outer", level("middle", level("inner")))
print(next(g))
g.close()
print("closed")
