# Slide 22: chain2 behaves like itertools.chain on many kinds of iterables (equal results)
import itertools

def chain2(*iterables):
    for it in iterables:
        yield from it

def gen():
    yield "g1"
    yield "g2"

samples = [
    ([1, 2, 3], (4, 5, 6), "hello"),
    (),
    ([], "", ()),
    (range(3), iter([10, 11]), gen()),
]
for args in samples:
    mine = list(chain2(*args))
    print(mine)
for args in [([1, 2, 3], (4, 5, 6), "hello"), (range(2), "ab")]:
    print(list(chain2(*args)) == list(itertools.chain(*args)))
print(list(itertools.chain.from_iterable(["ab", [1]])), list(chain2(*["ab", [1]])))
