# staticmethod and classmethod called on the class, on instances and on subclasses.
class Shape:
    count = 0
    def __init__(self):
        type(self).count += 1
    @staticmethod
    def unit():
        return "unit"
    @classmethod
    def create(cls):
        return cls()
    @classmethod
    def name(cls):
        return cls.__name__
class Square(Shape):
    count = 0
s = Square.create()
Shape.create()
print(Shape.unit(), s.unit(), Square.name(), s.name(), type(s).__name__)
print(Shape.count, Square.count)
