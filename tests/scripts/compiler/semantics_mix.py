# Generators, comprehension scopes, exception state, loops and unpacking.

# ---- case 0
print('---- case 0')
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen()
print(next(g))
del g
print("after del")

# ---- case 1
print('---- case 1')
def gen():
    try:
        yield 1
    except GeneratorExit:
        print("exit")
        raise
g = gen(); next(g); g.close(); print("closed")

# ---- case 2
print('---- case 2')
def gen():
    x = 0
    while True:
        v = yield x
        if v is None:
            break
        x += v
    return x
g = gen()
next(g)
g.send(3); g.send(4)
try:
    g.send(None)
except StopIteration as e:
    print("result", e.value)

# ---- case 3
print('---- case 3')
def g():
    yield from range(3)
    yield from "ab"
print(list(g()))

# ---- case 4
print('---- case 4')
class C:
    x = [1, 2]
    y = [v * 2 for v in x]
print(C.y)

# ---- case 5
print('---- case 5')
class C:
    a = 5
    try:
        b = [a for _ in range(2)]
    except NameError as e:
        print("NameError", e)

# ---- case 6
print('---- case 6')
def f():
    x = 1
    def g():
        return [x + y for y in range(3)]
    return g()
print(f())

# ---- case 7
print('---- case 7')
def f(n):
    return {i: [j for j in range(i)] for i in range(n)}
print(f(3))

# ---- case 8
print('---- case 8')
print([(x, y) for x in range(3) if x for y in range(x) if y != 1])

# ---- case 9
print('---- case 9')
x = 10
def f():
    print(x)
    x = 5
try:
    f()
except UnboundLocalError as e:
    print(e)

# ---- case 10
print('---- case 10')
def f():
    try:
        return "a"
    finally:
        print("f finally")
def g():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
print(f(), g())

# ---- case 11
print('---- case 11')
def f():
    try:
        raise ValueError(1)
    except ValueError as e:
        try:
            raise KeyError(2)
        except KeyError as e2:
            print(repr(e2.__context__))
    print(e if 'e' in dir() else "e deleted")
f()

# ---- case 12
print('---- case 12')
import sys
def f():
    try:
        raise ValueError
    except ValueError:
        print(sys.exc_info()[0].__name__)
        try:
            raise KeyError
        except KeyError:
            print(sys.exc_info()[0].__name__)
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info())
f()

# ---- case 13
print('---- case 13')
def f():
    for x in [1, 2, 3]:
        try:
            if x == 2:
                raise ValueError(x)
        except ValueError:
            print("skip", x)
            continue
        else:
            print("ok", x)
        finally:
            print("fin", x)
f()

# ---- case 14
print('---- case 14')
def f():
    while True:
        try:
            return "from loop"
        finally:
            print("cleanup")
print(f())

# ---- case 15
print('---- case 15')
def f(x):
    match_ = {1: "one"}.get(x, "other")
    return match_
print(f(1), f(2))

# ---- case 16
print('---- case 16')
a = [1, 2, 3]
a[0], a[2] = a[2], a[0]
print(a)
x, y = 1, 2
x, y = y, x
print(x, y)

# ---- case 17
print('---- case 17')
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, d=8, e=9))
try:
    f()
except TypeError as e:
    print(e)

# ---- case 18
print('---- case 18')
print((lambda x, y=2: x + y)(1), (lambda: 42)())
print(list(filter(lambda v: v % 2, range(6))))

# ---- case 19
print('---- case 19')
def outer():
    v = "outer"
    class Inner:
        v = "class"
        w = v
        def get(self):
            return v
    return Inner.w, Inner().get()
print(outer())

# ---- case 20
print('---- case 20')
class A:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
        return self
a = A().add(1).add(2)
print(a.items)

# ---- case 21
print('---- case 21')
x = 0
for i in range(10):
    if i % 3 == 0:
        continue
    if i > 7:
        break
    x += i
else:
    x = -1
print(x)

# ---- case 22
print('---- case 22')
def f():
    return
print(f())
def g():
    pass
print(g())

# ---- case 23
print('---- case 23')
import sys
print(type(sys).__name__)
from sys import version_info as vi
print(vi[0])

# ---- case 24
print('---- case 24')
s = 0
n = 0
while n < 100:
    n += 1
    if n % 2:
        continue
    s += n
print(s)
