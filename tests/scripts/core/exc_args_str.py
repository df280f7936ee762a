# e.args and str(e)/repr(e) for zero, one and several arguments, and builtin exceptions.
for args in [(), ("msg",), ("a", 2), (42,)]:
    e = ValueError(*args)
    print(e.args, repr(str(e)), repr(e))
print(str(KeyError("k")), repr(KeyError("k")), str(KeyError("a", "b")))
try:
    int("x")
except ValueError as e:
    print(e.args)
