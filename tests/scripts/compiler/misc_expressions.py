# f-strings, comparisons chains, boolean operators, assert, imports, displays, docstrings.
import sys
x = 5
print(f"x={x}, {x!r:>5}|{'s'!s}|{x*2}")
w = 6
print(f"{'ab':>{w}}|{'c':{w}}|")
print(f"{'a' 'b'}{{}}")
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 == None is None)
def v(n):
    print("eval", n)
    return n
print(v(1) < v(2) < v(0) < v(5))
print(v(0) or v(2) and v(3), v(1) and v(0) or v(7))
print(not 1, not 0, -x)
print(1 if x > 3 else 2, "y" if not x else "z")
print(1 in [1, 2], 3 not in [1], None is None, x is not None)
assert x == 5
try:
    assert x == 4, "x was %d" % x
except AssertionError as e:
    print("assert", e)
try:
    assert False
except AssertionError as e:
    print("bare assert", repr(e))
import sys
from sys import path as p2, argv
print(p2 is sys.path)
if x:
    pass
elif x == 2:
    print("no")
else:
    print("no")
for i in range(2):
    for j in range(2):
        if j:
            break
        print(i, j)
    else:
        print("inner else")
print({1, 2, *[3]}, [*range(2), 5], (*"ab", "c"), {**{"a": 1}, "b": 2})
print({"a": 1, **{"a": 2}})
print(list(map(lambda z: z * 2, [1, 2])))
print(__name__, __doc__)
def docd():
    "the doc"
print(docd.__doc__, (lambda: 0).__doc__)
class WithDoc:
    "class doc"
print(WithDoc.__doc__, WithDoc.__qualname__, WithDoc.__module__)
def nested():
    def g():
        pass
    return g
print(nested().__qualname__, nested.__code__.co_varnames)
try:
    raise ValueError("a") from KeyError("b")
except ValueError as e:
    print(repr(e.__cause__))
print(__debug__)
print(...)
print(0x10, 0o10, 0b10, 1_000)
print(b"bytes", "uni\u00e9")
