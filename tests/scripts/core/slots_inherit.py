# __slots__ and inheritance: dicts come back in subclasses without __slots__,
# '__dict__' in __slots__, base classes with a dict, layouts that conflict.
class A:
    __slots__ = ('a',)

class B(A):                  # no __slots__: instances have a dict again
    pass
b = B()
b.a = 1
b.z = 2
print(b.a, b.z, b.__dict__, hasattr(b, '__dict__'))

class C(A):
    __slots__ = ('c',)
c = C()
c.a, c.c = 'a', 'c'
print(c.a, c.c, hasattr(c, '__dict__'))
try:
    c.other = 1
except AttributeError as e:
    print(e)

class D:
    __slots__ = ('x', '__dict__')
d = D()
d.x = 1
d.y = 2
print(d.x, d.__dict__)

class Plain:
    pass
class E(Plain):              # the base has a dict: so do the instances
    __slots__ = ('e',)
e = E()
e.e = 1
e.f = 2
print(e.e, e.__dict__)
try:
    class F(Plain):
        __slots__ = ('__dict__',)
except TypeError as ex:
    print('TypeError:', ex)

class W:
    __slots__ = ('__weakref__', 'w')
w = W()
w.w = 3
print(w.w, hasattr(w, '__dict__'))

class X:
    __slots__ = ('x',)
try:
    class Y(A, X):
        pass
except TypeError as ex:
    print('TypeError:', ex)

class Empty:
    __slots__ = ()
class Mixed(Empty, A):       # empty __slots__ adds no layout: no conflict
    __slots__ = ()
m = Mixed()
m.a = 9
print(m.a, Mixed.__mro__[1:])

class Q(Plain, A):           # a dict-only base does not conflict either
    pass
q = Q()
q.a = 1
q.q = 2
print(q.a, q.__dict__)

# Overriding a slot in a subclass's body replaces the descriptor.
class R(A):
    a = 'class attr'
print(R().a)

# Exceptions accept slots too.
class Err(Exception):
    __slots__ = ('code',)
err = Err('msg')
err.code = 4
print(err.code, err.args)
try:
    class I(int):
        __slots__ = ('i',)
except TypeError as ex:
    print('TypeError:', ex)
class I2(int):
    __slots__ = ()
print(I2(5) + 1)
