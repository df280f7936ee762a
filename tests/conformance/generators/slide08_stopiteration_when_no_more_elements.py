# Slide 8: if there aren't more elements, StopIteration is raised (and again on every later next())
def two():
    yield 1
    yield 2

g = two()
print(next(g))
print(next(g))
for attempt in range(3):
    try:
        next(g)
    except StopIteration as e:
        print("attempt", attempt, type(e).__name__, repr(e.value), e.args)
