# __class__ assignment between classes with __slots__: allowed only when the
# instance layout (slot names, __dict__) is the same, as python3 checks.
class A: __slots__ = ('a',)
class B: __slots__ = ('b',)
class A2: __slots__ = ('a',)
class C(A): pass
class D(A): pass
class E: pass
x = A()
for cls in (B, A2, C, E):
    try:
        x.__class__ = cls
        print('ok', type(x).__name__)
    except TypeError as e:
        print(e)
c = C()
c.__class__ = D
print(type(c).__name__)
class F(A):
    __slots__ = ('f',)
class G(A):
    __slots__ = ('f',)
class H(A):
    __slots__ = ('g',)
f = F()
f.a, f.f = 1, 2
f.__class__ = G
print(type(f).__name__, f.a, f.f)
try:
    f.__class__ = H
except TypeError as e:
    print(e)
class P: pass
class Q: pass
p = P()
p.v = 1
p.__class__ = Q
print(type(p).__name__, p.v)
