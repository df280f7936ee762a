# Slide 8: StopIteration marks the end; next(g, default) returns the default instead of raising it
def two():
    yield "a"
    yield "b"

g = two()
print(next(g, "end"))
print(next(g, "end"))
print(next(g, "end"))
print(next(g, None))
