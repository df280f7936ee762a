# del on names, list items, slices, dict keys and attributes.
x = 1
del x
try:
    x
except NameError as e:
    print("NameError:", e)
xs = [0, 1, 2, 3, 4, 5]
del xs[0], xs[-1]
print(xs)
del xs[1:3]
print(xs)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class O: pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
