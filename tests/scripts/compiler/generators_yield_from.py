# Generators: send, yield from delegation (values, throw, close), generator expressions.
def gen():
    x = yield 1
    print("got", x)
    y = yield 2
    print("got", y)
    return "done"

g = gen()
print(next(g))
print(g.send("a"))
try:
    g.send("b")
except StopIteration as e:
    print("stop", e.value)

def delegate():
    r = yield from gen()
    print("delegate got", r)
    yield 3

d = delegate()
print(next(d))
print(d.send("x"))
print(d.send("y"))

def inner():
    try:
        yield 1
        yield 2
    except ValueError:
        print("inner caught")
        yield 99
    finally:
        print("inner finally")

def outer():
    yield from inner()

o = outer()
print(next(o))
print(o.throw(ValueError))
o.close()

print(list(x * x for x in range(4)))
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(sum(count(5)))
print([y for y in (x for x in range(6) if x % 2)])

def gen_ret():
    yield from [1, 2]
    return 5
def wrap():
    v = yield from gen_ret()
    yield v
print(list(wrap()))
lam = lambda: (yield 7)
print(list(lam()))
