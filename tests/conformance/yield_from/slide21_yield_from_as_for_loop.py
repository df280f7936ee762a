# Slide 21: "yield from <iterable>" could be thought of as "for e in <iterable>: yield e" — same values for plain iteration
def with_yield_from(iterable):
    yield from iterable

def with_for(iterable):
    for e in iterable:
        yield e

def numbers():
    yield 1
    yield 2
    return "ignored by both"

for make in (lambda: [1, 2, 3], lambda: "hey", lambda: range(4), numbers, lambda: iter(())):
    a = list(with_yield_from(make()))
    b = list(with_for(make()))
    print(a, b, a == b)
