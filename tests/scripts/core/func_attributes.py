# Function objects: __name__, __qualname__, __doc__, __defaults__, attributes.
def f(a, b=1, *, c=2):
    "Docstring here."
    return a
class K:
    def m(self):
        pass
print(f.__name__, f.__doc__, f.__defaults__, f.__kwdefaults__)
print(K.m.__qualname__, K.m.__name__)
f.custom = "attr"
print(f.custom, callable(f), callable(3))
def g():
    def inner():
        pass
    return inner
print(g().__qualname__)
