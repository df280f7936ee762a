# A metaclass's mro() that assigns __bases__ again while __bases__ is being assigned.
def names(classes):
    return [c.__name__ for c in classes]


class A:
    pass


class B:
    pass


class C:
    pass


class Meta(type):
    reenter = False

    def mro(cls):
        if Meta.reenter and cls.__name__ == "X":
            Meta.reenter = False
            cls.__bases__ = (C,)
        return super().mro()


class X(A, metaclass=Meta):
    pass


class Y(X):
    pass


Meta.reenter = True
X.__bases__ = (B,)
print(names(X.__bases__), X.__base__.__name__, names(X.__mro__), names(Y.__mro__))
print(names(A.__subclasses__()), names(C.__subclasses__()), X in B.__subclasses__())


class Fail(type):
    armed = False

    def mro(cls):
        if Fail.armed and cls.__name__ == "Q":
            Fail.armed = False
            cls.__bases__ = (C,)
            raise TypeError("refused")
        return super().mro()


class P(A, metaclass=Fail):
    pass


class Q(P):
    pass


Fail.armed = True
try:
    P.__bases__ = (B,)
except TypeError as e:
    print(type(e).__name__, e)
print(names(P.__bases__), names(P.__mro__), names(Q.__bases__), names(Q.__mro__))
