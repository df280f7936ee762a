# __radd__/__rsub__ are tried when the left operand returns NotImplemented; subclass reflected first.
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("Num.__add__")
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o):
        print("Num.__radd__")
        return Num(o + self.v)
    def __rsub__(self, o):
        return Num(o - self.v)
class Sub(Num):
    def __radd__(self, o):
        print("Sub.__radd__")
        return Sub(o.v * 100 + self.v)
print((1 + Num(2)).v)
print((10 - Num(3)).v)
print((Num(1) + Sub(2)).v)
print(sum([Num(1), Num(2)], 0).v)
