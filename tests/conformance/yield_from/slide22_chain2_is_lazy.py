# Slide 22: chain2 is lazy like itertools.chain: it pulls from each iterable only when asked, so infinite iterables work
def chain2(*iterables):
    for it in iterables:
        yield from it

def noisy(name, n):
    for i in range(n):
        print("  pulling", name, i)
        yield f"{name}{i}"

def forever():
    n = 0
    while True:
        yield n
        n += 1

c = chain2(noisy("a", 2), noisy("b", 2))
print("chain created")
print(next(c))
print(next(c))
print(next(c))
c = chain2("xy", forever())
print([next(c) for _ in range(6)])
