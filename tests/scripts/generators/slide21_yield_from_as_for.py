# Slide 21 "yield from - Basic": `yield from it` can be thought of as `for e in it: yield e`.
def with_for(iterable):
    for e in iterable:
        yield e
def with_yield_from(iterable):
    yield from iterable
def sources():
    return [[1, 2, 3], "abc", range(3), (x * x for x in range(4)), {"k": 1, "j": 2}, ()]
for a, b in zip(sources(), sources()):
    via_for, via_yield_from = list(with_for(a)), list(with_yield_from(b))
    print(via_for, via_yield_from, via_for == via_yield_from)
