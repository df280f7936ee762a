# functools.cached_property: computed once, stored in the instance dict.
import functools

class Circle:
    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        "The area."
        print('computing')
        return 3 * self.r * self.r

c = Circle(2)
print(c.area, c.area, c.__dict__)
c.area = 'overwritten'
print(c.area)
del c.area
print(c.area)
print(type(Circle.area).__name__, Circle.area.__doc__, Circle.area.attrname)

try:
    class Twice:
        p = functools.cached_property(lambda self: 1)
        q = p
except (TypeError, RuntimeError) as e:
    # 3.11 wraps errors of __set_name__ in a RuntimeError; the message is the TypeError's.
    print(e.__cause__ if isinstance(e, RuntimeError) else e)

unnamed = functools.cached_property(lambda self: 1)
try:
    unnamed.__get__(Circle(1), Circle)
except TypeError as e:
    print('TypeError', e)
