# obj.a loads and stores of __slots__ attributes go straight to the slot once
# a call site has seen the type: unset slots, descriptors that do not apply,
# subclasses, later class changes and finalizers must behave as the full lookup.

class S:
    __slots__ = ("a", "b")

def load(o):
    return o.a

def store(o, v):
    o.a = v

s = S()
for i in range(3):
    try:
        print(load(s))
    except AttributeError as e:
        print("AttributeError:", e)
    store(s, i)
del s.a
try:
    load(s)
except AttributeError as e:
    print("AttributeError:", e)
store(s, "again")
print(load(s))

# A subclass reads the base's slot; one with its own __dict__ as well.
class T(S):
    pass

class U(S):
    __slots__ = ("c",)

t, u = T(), U()
store(t, "t"); store(u, "u")
print(load(t), load(u), t.__dict__)

# Another class's member descriptor does not apply to these instances.
class Other:
    a = S.__dict__["a"]

try:
    load(Other())
except TypeError as e:
    print("TypeError:", e)
try:
    store(Other(), 1)
except TypeError as e:
    print("TypeError:", e)

# A property replacing the slot's descriptor later takes over.
print(load(s))
S.a = property(lambda self: "property a", lambda self, v: print("setter", v))
print(load(s))
store(s, "through setter")
del S.a
try:
    print(load(s))
except AttributeError as e:
    print("AttributeError:", e)

# __class__ assignment between layouts with the same slots.
class V:
    __slots__ = ("a", "b")

class W:
    __slots__ = ("a", "b")

v = V()
store(v, "v's a")
v.b = "v's b"
v.__class__ = W
print(load(v), v.b)

# The old value's finalizer runs after the store and sees the new value.
class Noisy:
    def __init__(self, owner):
        self.owner = owner
    def __del__(self):
        print("finalizer sees", load(self.owner))

w = W()
store(w, Noisy(w))
store(w, "plain")
print(load(w))

# A __getattribute__ / __setattr__ on a subclass goes around the slot.
class X(W):
    __slots__ = ()
    def __getattribute__(self, name):
        return "getattribute " + name
    def __setattr__(self, name, value):
        print("setattr", name, value)

x = X()
store(x, 5)
print(load(x))
