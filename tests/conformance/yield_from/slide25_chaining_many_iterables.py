# Slide 25: yield from enables chaining generators and many iterables together
def evens(limit):
    yield from range(0, limit, 2)

def words():
    yield from "one two".split()

def everything():
    yield from evens(6)
    yield from words()
    yield from {"a": 1}
    yield from (c.upper() for c in "xyz")
    yield from [[1, 2], (3,)]

print(list(everything()))
