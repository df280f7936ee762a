# Calling a class runs __init__ in the dispatch loop (CALL allocates the
# instance itself): every way of calling and every way __init__ can end.
import sys

class Point:
    def __init__(self, x, y=0, *, z=1):
        self.x, self.y, self.z = x, y, z

p = Point(1)
q = Point(1, 2, z=3)
print(p.x, p.y, p.z, q.x, q.y, q.z, type(p).__name__)

class Base:
    def __init__(self, name):
        self.name = name

class Child(Base):
    def __init__(self, name, extra):
        super().__init__(name)          # __class__ cell: the binding path
        self.extra = extra

c = Child("c", [1])
print(c.name, c.extra)

class Star:
    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs

print(Star(1, 2, a=3).args, Star(1, 2, a=3).kwargs)

class ReturnsValue:
    def __init__(self):
        return 42

try:
    ReturnsValue()
except TypeError as e:
    print("TypeError:", e)

class GeneratorInit:
    def __init__(self):
        yield 1

try:
    GeneratorInit()
except TypeError as e:
    print("TypeError:", e)

class Raises:
    def __init__(self, n):
        raise ValueError(f"bad {n}")

def make():
    return Raises(7)

try:
    make()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("ValueError:", e, names)

for bad in (lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, w=2), lambda: Base()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

class Caller:
    def __init__(self):
        self.caller = sys._getframe(1).f_code.co_name

def outer():
    return Caller().caller

print(outer())

class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", args)
        return super().__call__(*args)

class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v

print(WithMeta(5).v)

class WithNew:
    def __new__(cls, v):
        print("__new__", v)
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v

print(WithNew(6).v)

class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None

try:
    Deep(100_000)
except RecursionError as e:
    print("RecursionError:", e)

d = Deep(50)
depth = 0
while d.child:
    d, depth = d.child, depth + 1
print(depth)

class Counted:
    count = 0
    def __init__(self):
        Counted.count += 1
        self.me = self                 # a cycle: the collector frees it

for _ in range(1000):
    Counted()
print(Counted.count)

class Rebinds:
    def __init__(self):
        self = None                    # the caller still gets the instance

print(type(Rebinds()).__name__)
