# Containers mutated by __eq__/__repr__ and iteration, and a __del__ resurrecting its object: no crash, then a failing lookup.
class X:
    def __eq__(self, o):
        a.clear()
        return False
a = [X(), X()]
b = [1, 2]
print(a == b)
print(a.index(5) if 0 else a.count(1))
class X:
    def __repr__(self):
        l.clear()
        return 'X'
l = [X(), X(), X()]
print(repr(l))
l = [1]
for x in l:
    if len(l) < 5: l.append(x)
    del l[:]
print(l)
class A:
    def __del__(self):
        global keep
        keep = self
a = A()
del a
print(type(keep).__name__)
[].index(1)
