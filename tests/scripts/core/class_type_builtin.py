# type() of values, type(name, bases, dict) creates classes, __class__ and __bases__.
print(type(1).__name__, type("").__name__, type([]).__name__, type(None).__name__, type(len).__name__)
Dyn = type("Dyn", (object,), {"greet": lambda self: "hi", "n": 3})
d = Dyn()
print(Dyn.__name__, d.greet(), d.n, d.__class__ is Dyn, Dyn.__bases__ == (object,))
class A: pass
class B(A): pass
print(B.__bases__[0].__name__, type(B) is type, isinstance(B, type))
