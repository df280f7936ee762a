# Reading a global from a function, shadowing with a parameter, and globals() dict.
g = 10
def read():
    return g
def shadow(g):
    return g * 2
def create():
    globals()["made"] = "via globals()"
create()
print(read(), shadow(3), made, "g" in globals())
