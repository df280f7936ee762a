# f-strings without a spec, %-formatting of small and big ints in every base,
# and subscripts of exact dicts (their fast paths) against subclasses.
for v in (0, 1, -1, 255, -255, 2**62 - 1, -(2**62), 2**70, -(2**70), 4611686018427387904):
    print("%d %x %X %o %#x %#o %+d" % (v, v, v, v, v, v, v), f"{v}", f"{v:x}", f"{v:#b}", f"{v:,}", format(v, "X"), str(v), repr(v))
for f in (0.0, -0.0, 1.5, 1e16, 1e-7, float("inf"), float("nan"), 123456789.125):
    print(f"{f}", "%s %r" % (f, f))
print(f"{True} {False!r} {None}")
class I(int):
    def __format__(self, spec):
        return "I!"
print(f"{I(3)}")
d = {1: "a"}
try:
    d[2]
except KeyError as e:
    print("KeyError", e)
d[[1][0]] = "b"
print(d)
try:
    d[[]] = 1
except TypeError as e:
    print(e)
try:
    d[[]]
except TypeError as e:
    print(e)
class D(dict):
    def __missing__(self, k):
        return k * 2
print(D()[21])
