# Only the first iterable of a generator expression is evaluated immediately; the rest are lazy.
def source(name, n):
    print("evaluating", name)
    return range(n)
g = (x + y for x in source("outer", 2) for y in source("inner", 2))
print("genexp created")
print(list(g))
data = [1, 2, 3]
g2 = (x for x in data)
data = [9, 9]
print(list(g2))
try:
    (1 / x for x in source("zeros", 1))
    print("no division happened yet")
except ZeroDivisionError:
    print("never")
