# LOAD_GLOBAL remembers that a name came from the builtins; rebinding other
# globals keeps that valid, but a global of the same name added in any way
# (or removed again) must be seen at once.
import builtins

def size(x):
    return len(x)

total = 0
for i in range(5):
    total += size("abc")   # rebinds the globals 'total' and 'i' each time
print(total)

len = lambda x: "shadowed"
print(size("abc"))
del len
print(size("abc"))

globals()["len"] = lambda x: "via globals()"
print(size("abc"))
globals().pop("len")
print(size("abc"))

exec("len = lambda x: 'via exec'", globals())
print(size("abc"))
del globals()["len"]

# The builtin itself replaced and restored.
real_len = builtins.len
builtins.len = lambda x: "patched builtin"
print(size("abc"))
builtins.len = real_len
print(size("abc"))

# A global rebound while the loop runs is read fresh every time.
def read():
    return value

for value in range(3):
    print(read())
globals().update(value="updated")
print(read())
globals().clear()
try:
    read()
except NameError as e:
    print("NameError:", e)
