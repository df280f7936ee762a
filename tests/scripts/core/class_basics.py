# Class definition, __init__, methods, instance attributes, __dict__.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.move(1, 1).norm2())
print(p.__dict__, type(p).__name__, type(p) is Point, isinstance(p, Point))
print(Point.norm2(p), Point.__name__)
