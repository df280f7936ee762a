# callable() and type checks on builtins without printing ids or addresses.
class K:
    def m(self): pass
print(callable(len), callable(K), callable(K()), callable(K().m), callable(None))
print(type(len).__name__, type(K().m).__name__, type(K.m).__name__)
print(K().m == K().m, id(K) == id(K))
