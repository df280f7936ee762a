# generators_pipeline.py: lazy generator pipelines, after the slides of
# "Demystifying Coroutines and Asynchronous Programming in Python".
# Run: scripts/run examples/generators_pipeline.py


def new_range(n):
    """Slide 6: generate elements one at a time instead of building a list."""
    i = 0
    while i < n:
        yield i
        i += 1


def chain2(*iterables):
    """Slide 22: ~itertools.chain, with yield from."""
    for it in iterables:
        yield from it


def only(predicate, items):
    for item in items:
        if predicate(item):
            yield item


def running_total(items):
    """Yields partial sums; returns the final one (slide 19: StopIteration.value)."""
    total = 0
    for item in items:
        total += item
        yield total
    return total


def report():
    """Slide 18: `yield from` gets the value returned by the sub-generator."""
    final = yield from running_total(only(lambda n: n % 3 == 0, chain2(new_range(10), [30, 31])))
    print("final total:", final)


print("sum of new_range(1_000_000):", sum(new_range(1_000_000)))
print("chain2:", list(chain2([1, 2, 3], (4, 5, 6), "hello")))
for partial in report():
    print("partial:", partial)
