# __slots__: member descriptors, no instance __dict__, get/set/delete of a slot.
class T:
    __slots__ = ('a', 'b')

print(T.a, type(T.a).__name__, T.a.__name__, T.a.__objclass__ is T)
t = T()
print(hasattr(t, '__dict__'), hasattr(T, '__dict__'))
try:
    t.a
except AttributeError as e:
    print('get unset:', e)
t.a = 1
t.b = [t]
print(t.a, t.b[0] is t)
t.a += 41
print(t.a)
del t.a
try:
    del t.a
except AttributeError as e:
    print('del unset:', e)
print(hasattr(t, 'a'), getattr(t, 'a', 'dflt'))
try:
    t.c = 3
except AttributeError as e:
    print('no dict:', e)
try:
    t.__dict__
except AttributeError as e:
    print(e)

class U:
    __slots__ = ()
try:
    U().x = 7
except AttributeError as e:
    print('empty slots:', e)

class S:
    __slots__ = 'only'          # a single string is one slot name
s = S()
s.only = 'x'
print(s.only, S.only)

class G:
    __slots__ = iter(['g1', 'g2'])  # any iterable of str
g = G()
g.g1, g.g2 = 1, 2
print(g.g1 + g.g2)

# The descriptor checks the instance's type.
try:
    T.a.__get__(1)
except TypeError as e:
    print(e)
try:
    T.a.__set__(S(), 2)
except TypeError as e:
    print(e)
print(T.a.__get__(None, T) is T.a)
x = T()
T.a.__set__(x, 5)
print(T.a.__get__(x), x.a)
T.a.__delete__(x)
print(hasattr(x, 'a'))

# Data descriptors win over everything; a slot shadows nothing else.
class P:
    __slots__ = ('v',)
    def __init__(self, v):
        self.v = v
    def total(self):
        return self.v * 2
ps = [P(i) for i in range(5)]
for _ in range(3):
    print(sum(p.total() for p in ps), [p.v for p in ps])
