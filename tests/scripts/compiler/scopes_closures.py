# Name resolution: locals, globals, nonlocal, cells, class scopes, super() and __class__, mangling.
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    inner(); inner()
    return x
print(outer())

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
print(c(), c(), c())

g = 10
def use_global():
    global g
    g += 5
    return g
print(use_global(), g)

def cells_args(a, b):
    def f():
        return a + b
    b = 100
    return f()
print(cells_args(1, 2))

class A:
    x = 1
    def m(self):
        return x
x = "global x"
print(A().m())

def class_in_func():
    y = "enclosing"
    class B:
        y = "class attr"
        def m(self):
            return y
        z = y
    return B().m(), B.z
print(class_in_func())

class Base:
    def hello(self):
        return "base"
class Derived(Base):
    def hello(self):
        return "derived+" + super().hello()
    def cls(self):
        return __class__.__name__
print(Derived().hello(), Derived().cls())

def late():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(late())

def walrus():
    data = [1, 2, 3]
    if (n := len(data)) > 2:
        print("n =", n)
    [last := v for v in data]
    return last
print(walrus())

def deleted():
    v = 1
    del v
    try:
        v
    except UnboundLocalError as e:
        print(e)
deleted()

def free_unbound():
    def inner():
        return w
    try:
        inner()
    except NameError as e:
        print(e)
    w = 1
free_unbound()

def mangle():
    class C:
        __secret = 42
        def get(self):
            return self.__secret
    return C().get(), hasattr(C, "_C__secret")
print(mangle())

def defaults(a, b=[], *, c=3, **kw):
    b.append(a)
    return b, c, kw
print(defaults(1), defaults(2, c=4, d=5))

print((lambda *a, **k: (a, k))(1, 2, x=3))
def kwonly(*, a, b=2):
    return a + b
print(kwonly(a=1))
def posonly(a, b, /, c):
    return a, b, c
print(posonly(1, 2, c=3))
