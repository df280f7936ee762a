# Slide 22: ~ itertools.chain — chain2 with yield from: list(chain2([1,2,3], (4, 5, 6), "hello"))
def chain2(*iterables):
    for it in iterables:
        yield from it

print(list(chain2([1,2,3], (4, 5, 6), "hello")))
