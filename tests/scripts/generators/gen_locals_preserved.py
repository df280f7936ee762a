# Local variables and loop state survive suspension; two generators are independent.
def counter(start, step):
    n = start
    seen = []
    while True:
        seen.append(n)
        yield n, len(seen)
        n += step
a, b = counter(0, 1), counter(100, -10)
for _ in range(3):
    print(next(a), next(b))
a.close(); b.close()
