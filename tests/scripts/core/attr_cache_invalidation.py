# obj.x loads and stores remember per call site whether the instance dict may
# be used without looking at the type: every change to that must be seen.

class P:
    pass

def load(o):
    return o.x

def store(o, v):
    o.x = v

p = P()
store(p, 1)
print(load(p), p.__dict__)

# A property (data descriptor) added to the class takes over loads and stores.
P.x = property(lambda self: "property x", lambda self, v: print("setter", v))
print(load(p))
store(p, 2)
print(p.__dict__)
del P.x
print(load(p))

# A descriptor type gaining __set__ later turns it into a data descriptor.
class Desc:
    def __get__(self, obj, cls):
        return "Desc.__get__"

P.x = Desc()
print(load(p))      # non-data descriptor: the instance dict wins
Desc.__set__ = lambda self, obj, v: print("Desc.__set__", v)
print(load(p))      # data descriptor now: it wins
store(p, 3)
print(p.__dict__)
del Desc.__set__
print(load(p))
del P.x

# Plain class attribute vs instance attribute.
P.x = "class x"
q = P()
print(load(q), load(p))
del p.x
print(load(p))
del P.x

# __getattribute__ / __setattr__ / __getattr__ added and removed later.
P.__getattribute__ = lambda self, name: "getattribute " + name
print(load(p))
del P.__getattribute__
P.__setattr__ = lambda self, name, v: print("__setattr__", name, v)
store(p, 4)
del P.__setattr__
store(p, 5)
print(load(p))
P.__getattr__ = lambda self, name: "getattr " + name
del p.x
print(load(p))
del P.__getattr__
try:
    load(p)
except AttributeError as e:
    print("AttributeError:", e)

# __slots__, read-only attributes and objects without a __dict__ at one site.
class S:
    __slots__ = ("x",)

s = S()
store(s, 6)
print(load(s))

try:
    store(1, 8)
except AttributeError as e:
    print("AttributeError:", e)
try:
    load(1)
except AttributeError as e:
    print("AttributeError:", e)

# Functions, modules and classes through the same sites.
def fn():
    pass

store(fn, 9)
print(load(fn))
import types
m = types.ModuleType("m")
store(m, 10)
print(load(m), m.__dict__["x"])
class K:
    pass
store(K, 11)
print(load(K), load(K()))

# __class__ assignment between a plain class and one with a property.
class U:
    pass

class V:
    x = property(lambda self: "V.x")

u = U()
store(u, 12)
print(load(u))
u.__class__ = V
print(load(u))
u.__class__ = U
print(load(u))
