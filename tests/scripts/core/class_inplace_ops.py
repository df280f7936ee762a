# __iadd__ mutates in place; without it, += falls back to __add__ and rebinds.
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
class Imm:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Imm(self.v + o)
a = Acc(); orig = a
a += 1; a += 2
print(a.items, a is orig)
i = Imm(1); orig_i = i
i += 5
print(i.v, i is orig_i)
