# A generator delegating to itself with yield from: "generator already executing".
def g():
    yield 1
gen = g()
def h():
    yield from gen
    yield from gen
print(list(h()))
print(gen.gi_frame)
def s():
    yield from s_obj
s_obj = s()
next(s_obj)
