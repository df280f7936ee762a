# List comprehensions: filters, nested loops, nested comprehensions, scoping.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[r * c for c in range(3)] for r in range(3)])
x = "outer"
ys = [x for x in range(3)]
print(x, ys)
print([c for word in ["ab", "cd"] for c in word])
