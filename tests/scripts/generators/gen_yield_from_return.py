# The value of a `yield from` expression is the sub-generator's return value.
def sub(n):
    total = 0
    for i in range(n):
        total += yield i
    return total
def main():
    a = yield from sub(3)
    print("sub returned", a)
    b = yield from sub(2)
    print("sub returned", b)
    return a + b
g = main()
v = next(g)
try:
    while True:
        v = g.send(v * 10)
except StopIteration as e:
    print("main returned", e.value)
