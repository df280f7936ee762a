# Truthiness of instances: __bool__ first, then __len__, else always true.
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Neither:
    pass
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Neither()))
print("yes" if L(2) else "no", not L(0))
