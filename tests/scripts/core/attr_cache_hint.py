# obj.x loads and stores remember where in the instance dict the name was
# found last (a hint, checked on every use): whatever happens to the dicts,
# the right entry must be read and written.

class P:
    pass

def load(o):
    return o.x

def store(o, v):
    o.x = v

# Instances of one class with their attributes in different orders.
a, b = P(), P()
a.x, a.y = "a.x", "a.y"
b.y, b.x = "b.y", "b.x"
for _ in range(3):
    print(load(a), load(b))
    store(a, load(a) + "!")
    store(b, load(b) + "?")
print(a.__dict__, b.__dict__)

# Delete and re-add: the entry moves to the end of the dict.
del a.x
try:
    load(a)
except AttributeError as e:
    print("AttributeError:", e)
store(a, "again")
print(load(a), list(a.__dict__))

# Many attributes: the dict is rebuilt (resized) under the cached site.
for i in range(50):
    setattr(a, "attr%d" % i, i)
print(load(a), a.attr49)
store(a, "after resize")
print(load(a), len(a.__dict__))

# The __dict__ replaced, by a dict with the key at another position, by an
# empty one, and by a dict subclass.
a.__dict__ = {"z": 0, "x": "new dict"}
print(load(a))
store(a, "stored in new dict")
print(a.__dict__)
a.__dict__ = {}
try:
    load(a)
except AttributeError as e:
    print("AttributeError:", e)

class D(dict):
    def __getitem__(self, key):
        return "never used by attribute access"

a.__dict__ = D(x="from D")
print(load(a))
store(a, "into D")
print(dict(a.__dict__))

# A key equal to the name but a different str object.
c = P()
c.__dict__["".join(["x"])] = "built key"
print(load(c))
store(c, "replaced")
print(c.__dict__)

# Written through the dict directly, then through the cached site.
c.__dict__["x"] = "via dict"
print(load(c))
c.__dict__.clear()
store(c, "after clear")
print(load(c))

# Two instances sharing one dict.
shared = {"x": "shared"}
d, e = P(), P()
d.__dict__ = shared
e.__dict__ = shared
store(d, "written through d")
print(load(e))

# The old value's finalizer runs after the store and sees the new value; it
# may even delete the attribute again.
class Noisy:
    def __init__(self, owner, action):
        self.owner, self.action = owner, action
    def __del__(self):
        print("finalizer sees", load(self.owner))
        if self.action == "delete":
            del self.owner.x

f = P()
store(f, Noisy(f, "look"))
store(f, "plain")
print(load(f))
store(f, Noisy(f, "delete"))
store(f, "gone soon")
print(hasattr(f, "x"))
store(f, "back")
print(load(f))

# Replacing a value while iterating over the dict is allowed.
g = P()
g.x, g.y = 1, 2
for k in g.__dict__:
    store(g, load(g) + 10)
print(g.__dict__)

# Adding a key while iterating is not.
try:
    for k in g.__dict__:
        g.w = 0
except RuntimeError as e:
    print("RuntimeError:", e)

# Subclass instances at the same site, and a class attribute shadowed later.
class Q(P):
    x = "class attribute"

q = Q()
print(load(q))
store(q, "instance attribute")
print(load(q))
del q.x
print(load(q))
