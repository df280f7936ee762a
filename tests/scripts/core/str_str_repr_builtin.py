# str() and repr() of builtin values and nested containers.
print(str(None), repr(None), str(True), repr(1.0))
print(str([1, "a", None, 2.5, (1,), {}]))
print(repr({"a": [1, {"b": (2, 3)}]}))
print(str(()), str((1,)), str((1, 2)), str([]), str({}), str(set()))
print(repr(""), str(""), repr(range(3)), repr(range(1, 10, 2)))
print(repr(Ellipsis), repr(NotImplemented), repr(...))
