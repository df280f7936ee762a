# getattr with default, setattr, hasattr, delattr, and vars().
class C:
    cls_attr = 1
o = C()
setattr(o, "x", 10)
print(getattr(o, "x"), getattr(o, "cls_attr"), getattr(o, "nope", "dflt"), hasattr(o, "x"), hasattr(o, "nope"))
delattr(o, "x")
print(hasattr(o, "x"), vars(o))
name = "dynamic"
setattr(C, name, lambda self: "method!")
print(o.dynamic())
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
