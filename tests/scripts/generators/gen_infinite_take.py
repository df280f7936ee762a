# Infinite generators combined with zip/range/enumerate to take a prefix.
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def take(n, it):
    return [x for _, x in zip(range(n), it)]
print(take(15, fib()))
for i, f in enumerate(fib()):
    if f > 10 ** 30:
        print(i, f)
        break
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(take(5, (x for x in naturals() if x % 7 == 3)))
