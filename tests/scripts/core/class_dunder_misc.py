# __contains__, __index__, __int__, __float__, __abs__, __neg__, __invert__, __pos__.
class N:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __float__(self): return self.v + 0.5
    def __abs__(self): return "abs!"
    def __invert__(self): return "inv!"
    def __pos__(self): return "pos!"
n = N(3)
print([10, 20, 30, 40][n], bin(n), hex(n), float(n), abs(n), ~n, +n, int(n) if hasattr(n, "__int__") else "no int")
print(list(range(n)), "abcdef"[n:5])
