# '__weakref__' in CPython's layouts: which classes get the slot decides __class__ and __bases__ assignment and the __slots__ errors.
def attempt(label, fn):
    try:
        fn()
        print(label, "-> ok")
    except TypeError as e:
        print(label, "->", e)


def define(src):
    def go():
        exec(src, {})
    return go


attempt("twice", define("class T: __slots__ = ('__weakref__', '__weakref__')"))
attempt("base has one", define("class P: pass\nclass T(P): __slots__ = ('__weakref__',)"))
attempt("set has one", define("class T(set): __slots__ = ('__weakref__',)"))
attempt("tuple", define("class T(tuple): __slots__ = ('__weakref__',)"))
attempt("tuple, __dict__", define("class T(tuple): __slots__ = ('__dict__',)"))
attempt("int, __dict__", define("class T(int): __slots__ = ('__dict__',)"))
attempt("str", define("class T(str): __slots__ = ('__weakref__',)"))
attempt("str, __dict__", define("class T(str): __slots__ = ('__dict__',)"))
attempt("object", define("class T: __slots__ = ('__weakref__',)"))


def set_class(obj, cls):
    def go():
        obj.__class__ = cls
    return go


def set_bases(cls, bases):
    def go():
        cls.__bases__ = bases
    return go


# Plain subclasses of ValueError and TypeError each add a __weakref__ slot
# to different bases; with __slots__ = () they add nothing.
class A(ValueError):
    pass


class B(TypeError):
    pass


class C(ValueError):
    __slots__ = ()


class D(TypeError):
    __slots__ = ()


class E(C):
    pass


attempt("A() to B", set_class(A(), B))
attempt("C() to D", set_class(C(), D))
attempt("E bases (D,)", set_bases(E, (D,)))
attempt("E bases (B,)", set_bases(E, (B,)))


class W1:
    __slots__ = ("__weakref__",)


class W2:
    __slots__ = ()


class V1(W1):
    __slots__ = ()


class V2(W2):
    __slots__ = ()


class N1:
    __slots__ = ()


class N2:
    __slots__ = ()


class M1(W1):
    __slots__ = ()


class M2(W1):
    __slots__ = ("__dict__",)


class S1:
    __slots__ = ("a", "__weakref__")


class S2:
    __slots__ = ("a",)


class S3:
    __slots__ = ("__weakref__", "a")


attempt("V1() to V2", set_class(V1(), V2))
attempt("N1() to N2", set_class(N1(), N2))
attempt("M1() to M2", set_class(M1(), M2))
attempt("S1() to S2", set_class(S1(), S2))
attempt("S1() to S3", set_class(S1(), S3))


class SetA(set):
    pass


class SetB(set):
    __slots__ = ("__dict__",)


attempt("SetA() to SetB", set_class(SetA(), SetB))


class S4:
    __slots__ = ("a",)


attempt("S2() to S4", set_class(S2(), S4))
