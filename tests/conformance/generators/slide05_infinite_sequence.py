# Slide 5: generators support infinite sequences: only the elements asked for are computed
def naturals():
    n = 0
    while True:
        yield n
        n += 1

def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take(n, iterable):
    it = iter(iterable)
    return [next(it) for _ in range(n)]

print(take(5, naturals()))
print(take(12, fibonacci()))
squares = (n * n for n in naturals())
print(take(6, squares))
print(next(squares), next(squares))
