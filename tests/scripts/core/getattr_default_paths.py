# getattr(obj, name, default) and hasattr(): every way an attribute lookup can
# miss or fail, since a miss on a plain instance returns the default without
# building an AttributeError.

class Plain:
    cls_attr = "class"

p = Plain()
p.inst = "instance"
print(getattr(p, "inst", "d"), getattr(p, "cls_attr", "d"), getattr(p, "missing", "d"))
print(hasattr(p, "inst"), hasattr(p, "missing"), hasattr(Plain, "cls_attr"), hasattr(Plain, "nope"))

# A property that raises AttributeError counts as a miss; any other error propagates.
class Props:
    @property
    def gone(self):
        raise AttributeError("gone away")
    @property
    def broken(self):
        raise ValueError("broken property")
    @property
    def fine(self):
        return 42

q = Props()
print(getattr(q, "gone", "default"), hasattr(q, "gone"), getattr(q, "fine", "default"))
try:
    getattr(q, "broken", "default")
except ValueError as e:
    print("ValueError:", e)
try:
    hasattr(q, "broken")
except ValueError as e:
    print("ValueError:", e)
try:
    getattr(q, "gone")
except AttributeError as e:
    print("AttributeError:", e)

# __getattr__ is still consulted on a miss.
class Hook:
    def __getattr__(self, name):
        if name.startswith("x"):
            return "hook " + name
        raise AttributeError(name)

h = Hook()
print(getattr(h, "xyz", "d"), getattr(h, "abc", "d"), hasattr(h, "x1"), hasattr(h, "a1"))

# __getattribute__ overrides are still called.
class Intercept:
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)

i = Intercept()
print(getattr(i, "secret", "d"), getattr(i, "other", "d"))

# A __getattr__ added to the class after instances exist.
class Late:
    pass

late = Late()
print(getattr(late, "value", "before"))
Late.__getattr__ = lambda self, name: "late " + name
print(getattr(late, "value", "before"))
del Late.__getattr__
print(getattr(late, "value", "after del"))

# __slots__ without a value, and builtin objects.
class Slotted:
    __slots__ = ("a", "b")

s = Slotted()
s.a = 1
print(getattr(s, "a", "d"), getattr(s, "b", "unset"), getattr(s, "c", "no slot"))
print(getattr(1, "real", "d"), getattr(1, "nope", "d"), getattr([], "append", None) is not None, getattr("", "x", 0))
print(getattr(Plain, "missing", "class miss"), getattr(type, "mro", None) is not None)

import sys
print(getattr(sys, "no_such_thing", "module miss"))

# Error message of the miss without a default is unchanged.
try:
    getattr(p, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(p, 5, None)
except TypeError as e:
    print("TypeError:", e)
