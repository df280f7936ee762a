# Many small objects with __slots__: allocation, slot stores and loads through
# member descriptors, and the memory a slotted instance costs (no __dict__).
class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


points = [Point(i, -i) for i in range(300_000)]
total = 0
for _ in range(5):
    for p in points:
        p.x += 1
        total += p.norm1()
print(total)
