# Slide 22 "~ itertools.chain": chain2 with yield from over several iterables.
def chain2(*iterables):
    for it in iterables:
        yield from it
print(list(chain2([1, 2, 3], (4, 5, 6), "hello")))
print(list(chain2()), list(chain2([], "", range(0))))
print(sum(chain2(range(10), [100])))
