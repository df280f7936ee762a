# Assignment forms: chained, unpacking with stars, augmented on names/attributes/items, annotations, del.
a = b = [1, 2]
print(a is b)
x, (y, z), *rest = 1, (2, 3), 4, 5
print(x, y, z, rest)
*init, last = "abc"
print(init, last)
first, *mid, end = range(5)
print(first, mid, end)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    p, q, r = [1]
except ValueError as e:
    print(e)

class O:
    pass
o = O()
o.v = 1
o.v += 5
print(o.v)
d = {"k": 1}
d["k"] += 10
d["k"] *= 2
print(d)
l = [1, 2, 3]
l[1:] = [9]
print(l)
del l[0]
print(l)
del o.v
print(hasattr(o, "v"))
s = "a"
s += "b"
print(s)
n = 7
n //= 2; n -= 1; n %= 5
print(n)
t = (1, 2)
t += (3,)
print(t)
del a, b
try:
    a
except NameError as e:
    print(e)
ann: int = 5
other: str
print(__annotations__)
class K:
    attr: int = 3
    name: str
print(K.__annotations__, K.attr)
def fann(a: int, b: "str" = "x", *args: int, c: list, **kw: dict) -> bool:
    pass
print(fann.__annotations__)
i = j = 0
while (i := i + 1) < 4:
    j += i
print(i, j)
print([y := 5, y ** 2] if False else [y := 5, y * y])
q = [0, 1, 2, 3, 4, 5]
print(q[::2], q[1:4], q[-2:], q[:])
q[::2] = ["a", "b", "c"]
print(q)
del q[::2]
print(q)
