# Diamond inheritance: C3 MRO and cooperative super() calls each class once.
class Base:
    def hello(self):
        print("Base")
class Left(Base):
    def hello(self):
        print("Left")
        super().hello()
class Right(Base):
    def hello(self):
        print("Right")
        super().hello()
class Child(Left, Right):
    def hello(self):
        print("Child")
        super().hello()
Child().hello()
print([k.__name__ for k in Child.__mro__])
print([k.__name__ for k in Child.mro()])
