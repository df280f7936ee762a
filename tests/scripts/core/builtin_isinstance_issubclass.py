# isinstance/issubclass with tuples, builtin hierarchy and user classes.
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(3, (str, int)), isinstance("s", (list, tuple)))
print(issubclass(B, A), issubclass(A, (B, object)), issubclass(int, object), issubclass(bool, (str, int)))
print(isinstance(None, object), isinstance(int, type), isinstance(type, object), isinstance([], list))
try:
    issubclass(3, int)
except TypeError as e:
    print("TypeError:", e)
