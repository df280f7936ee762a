# Class attributes are shared until an instance assignment shadows them.
class Dog:
    kind = "canine"
    tricks = []
    def __init__(self, name):
        self.name = name
a, b = Dog("a"), Dog("b")
a.tricks.append("roll")
print(b.tricks, a.kind, b.kind)
a.kind = "wolf"
print(a.kind, b.kind, Dog.kind, "kind" in a.__dict__, "kind" in b.__dict__)
Dog.kind = "dog"
print(a.kind, b.kind)
del a.kind
print(a.kind)
