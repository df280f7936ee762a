# Slide 19: once the return is reached there is no more iteration: later next() raise StopIteration without the value
def gen():
    yield 1
    return 42
    yield "never produced"

g = gen()
print(next(g))
for attempt in range(3):
    try:
        next(g)
    except StopIteration as e:
        print("attempt", attempt, "value", repr(e.value))
print(list(g))
