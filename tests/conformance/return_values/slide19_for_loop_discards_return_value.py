# Slide 19: the return value travels only in StopIteration: for loops, list() and sum() see just the yielded values
def gen():
    yield 1
    yield 2
    return 42

print(list(gen()))
print(sum(gen()))
for x in gen():
    print("for", x)
print([x for x in gen()])
a, b = gen()
print(a, b)
