# obj.method() call sites remember which type's method they found: every
# change that makes the remembered method wrong must be seen on the next call.

class A:
    def f(self):
        return "A.f"

class B(A):
    pass

def call_f(o):
    return o.f()  # one call site, many types and states

a, b = A(), B()
print(call_f(a), call_f(b))

# Monkey-patching the method on the class, and on a base class.
A.f = lambda self: "patched A.f"
print(call_f(a), call_f(b))
B.f = lambda self: "B.f"
print(call_f(a), call_f(b))
del B.f
print(call_f(b))

# The instance dict shadows the class's method, and stops shadowing it.
a.f = lambda: "instance f"
print(call_f(a), call_f(A()))
del a.f
print(call_f(a))

# Rebinding the class attribute to a non-function, a staticmethod, a classmethod.
A.f = staticmethod(lambda: "static f")
print(call_f(a))
A.f = classmethod(lambda cls: "class f of " + cls.__name__)
print(call_f(a), call_f(b))
A.f = 42
try:
    call_f(a)
except TypeError as e:
    print("TypeError:", e)
del A.f
try:
    call_f(a)
except AttributeError as e:
    print("AttributeError:", e)

# __class__ assignment changes which method is found.
class C:
    def f(self):
        return "C.f"

class D:
    def f(self):
        return "D.f"

c = C()
print(call_f(c))
c.__class__ = D
print(call_f(c))

# __getattribute__ and __getattr__ added to a class after its calls were cached.
class E:
    def f(self):
        return "E.f"

e = E()
print(call_f(e))
E.__getattribute__ = lambda self, name: (lambda: "intercepted " + name)
print(call_f(e))
del E.__getattribute__
print(call_f(e))

# A method added to a base class after a subclass instance's call missed it.
class F:
    pass

class H(F):
    pass

h = H()
try:
    call_f(h)
except AttributeError as e:
    print("AttributeError:", e)
F.f = lambda self: "F.f"
print(call_f(h))

# Classes created and dropped in a loop (a new class may reuse an old address).
for i in range(5):
    K = type("K", (), {"f": (lambda i: lambda self: "K%d" % i)(i)})
    print(call_f(K()), end=" ")
print()

# Builtin methods: the same call site on list, a list subclass overriding
# append, and a deque.
from collections import deque

class MyList(list):
    def append(self, x):
        list.append(self, x * 10)

def add(seq, x):
    seq.append(x)
    return seq

print(add([], 1), add(MyList(), 1), add(deque(), 1), add([], 2))
try:
    add((), 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    [].append()
except TypeError as e:
    print("TypeError:", e)
try:
    [].append(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    [].append(x=1)
except TypeError as e:
    print("TypeError:", e)

# Generators' send through the same call site after a send method is added
# to a class.
def gen():
    while True:
        x = yield
        print("got", x)

class Sender:
    def send(self, x):
        print("Sender.send", x)

def send_to(o, x):
    o.send(x)

g = gen()
next(g)
send_to(g, 1)
send_to(Sender(), 2)
send_to(g, 3)
