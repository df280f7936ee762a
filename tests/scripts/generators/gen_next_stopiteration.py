# next() on an exhausted generator keeps raising StopIteration; for-loops stop silently.
def two():
    yield "a"
    yield "b"
g = two()
print(next(g), next(g))
for attempt in range(2):
    try:
        next(g)
    except StopIteration as e:
        print("StopIteration", e.args, e.value)
print(list(two()), list(g), [x for x in two()])
