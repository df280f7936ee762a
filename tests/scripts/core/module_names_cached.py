# Module-level names go through LOAD_GLOBAL's cache when the locals are the
# globals: rebinding, deleting, shadowing builtins, globals() edits and exec()
# namespaces must all be seen at once.
total = 0
for i in range(5):
    total += i
print(total)

len = lambda x: "shadowed"   # a module global shadows the builtin
print(len([1, 2]))
del len
print(len([1, 2]))

def rebind():
    global counter
    counter = 10

counter = 1
for _ in range(3):
    counter += 1
rebind()
print(counter)
globals()["counter"] = 42
print(counter)
del globals()["counter"]
try:
    counter
except NameError as e:
    print("NameError:", e)

x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)

ns = {}
exec("y = 1\nfor k in range(4):\n    y += k\nz = abs(-y)", ns)
print(ns["y"], ns["z"])

class Namespace(dict):
    def __getitem__(self, key):
        if key == "magic":
            return "from __getitem__"
        return super().__getitem__(key)

loc = Namespace()
exec("w = 5\nprint(w, magic)", {}, loc)
try:
    exec("print(magic)", Namespace())
except NameError as e:
    print("NameError:", e)

print(abs(-5), abs(5), abs(0), abs(-2**62), abs(-2**63), abs(-2.5), abs(True), abs(-4611686018427387904))
class Negative(int):
    def __abs__(self):
        return "custom"
print(abs(Negative(-3)))
