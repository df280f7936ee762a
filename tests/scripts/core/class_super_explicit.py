# super() with explicit arguments, in classmethods and in __init__ chains.
class A:
    def __init__(self):
        print("A.__init__")
    @classmethod
    def make(cls):
        return f"A.make for {cls.__name__}"
class B(A):
    def __init__(self):
        print("B.__init__")
        super(B, self).__init__()
    @classmethod
    def make(cls):
        return "B+" + super().make()
B()
print(B.make(), A.make())
