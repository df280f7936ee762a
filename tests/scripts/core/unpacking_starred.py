# Starred unpacking in assignments, calls, and list/tuple/dict/set displays.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(2)
print(a, mid, z)
h, *t = (9,)
print(h, t)
print([*range(3), *"ab"], (*[1, 2], 3), {**{"a": 1}, "b": 2, **{"a": 3}})
print(sorted({*[3, 1], *(2, 3)}))
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], 3, *(4,), x=1, **{"y": 2}))
