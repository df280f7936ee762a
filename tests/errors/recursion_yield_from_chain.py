# A yield from chain 10,000 generators deep: RecursionError, no stack overflow.
def g(n):
    if n == 0:
        yield 1
    else:
        yield from g(n - 1)
print(list(g(10000)))
