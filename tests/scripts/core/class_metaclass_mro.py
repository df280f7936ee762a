# A metaclass overriding mro(): called at class creation, for type.mro() and again for the class and its subclasses on __bases__ assignment; CPython's checks of its result.
class Meta(type):
    calls = []

    def mro(cls):
        Meta.calls.append(cls.__name__)
        default = super().mro()
        if cls.__name__ == "Rev":
            return [default[0]] + default[1:-1][::-1] + [default[-1]]
        return default

class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
class Rev(A, B, metaclass=Meta): pass
print([c.__name__ for c in Rev.__mro__], Rev().who(), Rev.mro() == list(Rev.__mro__))
class Sub(Rev): pass
print([c.__name__ for c in Sub.__mro__], Meta.calls)
Rev.__bases__ = (B, A)
print([c.__name__ for c in Rev.__mro__], [c.__name__ for c in Sub.__mro__], Meta.calls)

class WithMroMethod(metaclass=Meta):
    def mro(self):
        return "instance method"
print([c.__name__ for c in WithMroMethod.__mro__], WithMroMethod().mro())

def attempt(src):
    try:
        exec(src, {"Meta": Meta})
        print("ok")
    except TypeError as e:
        print(type(e).__name__, e)
attempt("class Bad(type):\n    def mro(cls): return [cls, 1]\nclass X(metaclass=Bad): pass")
attempt("class Bad(type):\n    def mro(cls): return [cls, int, object]\nclass X(metaclass=Bad): pass")
attempt("class Bad(type):\n    def mro(cls): return 5\nclass X(metaclass=Bad): pass")
attempt("class Bad(type):\n    def mro(cls): raise TypeError('no mro today')\nclass X(metaclass=Bad): pass")
class Flip(type):
    flip = False
    def mro(cls):
        m = super().mro()
        if Flip.flip and cls.__name__ == "Y":
            return [cls, 1]
        return m
class X: pass
class Y(X, metaclass=Flip): pass
class Z: pass
Flip.flip = True
try:
    Y.__bases__ = (Z,)
except TypeError as e:
    print(e)
print([c.__name__ for c in Y.__mro__], [c.__name__ for c in Y.__bases__])
print(int.mro(), object.mro(), type.mro(Rev) == [Rev, B, A, object])
