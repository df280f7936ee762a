# Slide 19 "Generators as Coroutines - Return values": StopIteration.value contains the result.
def gen():
    yield 1
    yield 2
    return 42
g = gen()
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration:", e, "value =", e.value)
try:
    next(g)
except StopIteration as e:
    print("after the return, no more iteration; value =", e.value)
