# Assigning __bases__ of a class: new __base__, MRO of the class and of every subclass, method lookup, isinstance, __subclasses__().
class A:
    def who(self):
        return "A.who"

    def only_a(self):
        return "A.only_a"


class B:
    def who(self):
        return "B.who"

    def only_b(self):
        return "B.only_b"


class C(A):
    pass


class D(C):
    def who(self):
        return "D.who, then " + super().who()


def names(classes):
    return [c.__name__ for c in classes]


d = D()
print(d.who(), d.only_a())  # fills the method caches before the change
print(names(A.__subclasses__()), names(B.__subclasses__()), names(C.__subclasses__()))

C.__bases__ = (B,)
print(C.__base__.__name__, names(C.__bases__), names(C.__mro__), names(D.__mro__))
print(names(C.mro()), names(D.mro()))
print(d.who(), d.only_b())
print(hasattr(d, "only_a"), isinstance(d, A), isinstance(d, B), issubclass(D, A), issubclass(C, B))
print(names(A.__subclasses__()), names(B.__subclasses__()), names(C.__subclasses__()))

# Several bases: C3 order, and a base added at the end of __subclasses__().
class E(B):
    def who(self):
        return "E.who"


C.__bases__ = (E, A)
print(names(C.__mro__), names(D.__mro__))
print(d.who(), d.only_a(), d.only_b())
print(names(A.__subclasses__()), names(B.__subclasses__()), names(E.__subclasses__()))

# Class attributes and special methods follow the new MRO too.
class WithAdd:
    tag = "WithAdd"

    def __add__(self, other):
        return "WithAdd.__add__"

    def __len__(self):
        return 7


class Plain:
    tag = "Plain"


class F(Plain):
    pass


f = F()
print(F.tag, f.tag, hasattr(f, "__add__"))
F.__bases__ = (WithAdd,)
print(F.tag, f.tag, f + 1, len(f))
F.__bases__ = (Plain,)
print(F.tag, f.tag)
try:
    f + 1
except TypeError as e:
    print(type(e).__name__, e)

# Classes derived from a built-in type and exceptions keep their layout.
class L1(list):
    def kind(self):
        return "L1"


class L2(list):
    def kind(self):
        return "L2"


class M(L1):
    pass


m = M([1, 2])
M.__bases__ = (L2,)
print(names(M.__mro__), m.kind(), m + [3], isinstance(m, L1), isinstance(m, L2))


class Err1(Exception):
    pass


class Err2(Exception):
    pass


class Err3(Err1):
    pass


Err3.__bases__ = (Err2,)
try:
    raise Err3("boom")
except Err1:
    print("caught as Err1")
except Err2 as e:
    print("caught as Err2:", e)

# Assigning the same bases again is allowed.
C.__bases__ = C.__bases__
print(names(C.__mro__))
