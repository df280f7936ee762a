# Assigning __bases__: each check of CPython's type_set_bases with its message; a failed assignment changes nothing.
def attempt(label, fn):
    try:
        fn()
        print(label, "-> ok")
    except (TypeError, AttributeError) as e:
        print(label, "->", type(e).__name__, e)


def names(classes):
    return [c.__name__ for c in classes]


class A:
    pass


class B:
    pass


class C(A):
    pass


class D(C):
    pass


def set_bases(cls, value):
    def go():
        cls.__bases__ = value
    return go


def del_bases():
    del C.__bases__


attempt("list", set_bases(C, [B]))
attempt("empty", set_bases(C, ()))
attempt("not a class", set_bases(C, (B, 1)))
attempt("itself", set_bases(C, (C,)))
attempt("a subclass", set_bases(C, (D,)))
attempt("duplicate", set_bases(C, (B, B)))
attempt("final type", set_bases(C, (bool,)))
attempt("int: deallocator", set_bases(C, (int,)))
attempt("A and int: deallocator", set_bases(C, (A, int)))
attempt("object: deallocator", set_bases(C, (object,)))
attempt("list: layout", set_bases(C, (list,)))
attempt("Exception: layout", set_bases(C, (Exception,)))
attempt("int and list", set_bases(C, (int, list)))
attempt("delete", del_bases)
attempt("builtin int", set_bases(int, (object,)))
attempt("builtin object", set_bases(object, (int,)))
print(names(C.__bases__), names(C.__mro__), names(A.__subclasses__()), names(B.__subclasses__()))


# __slots__ layouts: the same slots over one base are compatible.
class S1:
    __slots__ = ("x",)


class S2:
    __slots__ = ("x",)


class S3:
    __slots__ = ("y",)


class T(S1):
    __slots__ = ()


attempt("same slots", set_bases(T, (S2,)))
attempt("other slots", set_bases(T, (S3,)))
attempt("dict instead of slots", set_bases(T, (A,)))
print(names(T.__mro__))


# The base of a class whose own base is object cannot become a class, and back.
class P:
    pass


attempt("object to class", set_bases(P, (A,)))
attempt("class to object", set_bases(C, (object,)))


# No consistent MRO: for the class itself, or for a subclass (then nothing changes).
class O1:
    pass


class O2:
    pass


class O3(O1, O2):
    pass


class O4(O2, O1):
    pass


class W(O1):
    pass


attempt("inconsistent", set_bases(W, (O3, O4)))
print(names(W.__mro__))


class P1:
    pass


class P2:
    pass


class Q(P2):
    pass


class R(P1, Q):
    pass


attempt("inconsistent subclass", set_bases(Q, (P1,)))
print(names(Q.__bases__), names(Q.__mro__), names(R.__mro__), names(P1.__subclasses__()), names(P2.__subclasses__()))


# __mro__ and __base__ are read-only; a built-in type's are immutable.
def set_mro():
    C.__mro__ = (C, object)


def del_mro():
    del C.__mro__


def set_base():
    C.__base__ = B


def set_int_mro():
    int.__mro__ = (int, object)


attempt("C.__mro__", set_mro)
attempt("del C.__mro__", del_mro)
attempt("C.__base__", set_base)
attempt("int.__mro__", set_int_mro)
print(names(C.__mro__), C.__base__.__name__)


# Through the descriptor itself: its owner's check first, then the built-in type's.
bases_descriptor = type.__dict__["__bases__"]
attempt("descriptor on an int", lambda: bases_descriptor.__set__(5, (object,)))
attempt("descriptor delete on a str", lambda: bases_descriptor.__delete__("x"))
attempt("descriptor on int", lambda: bases_descriptor.__set__(int, (object,)))
