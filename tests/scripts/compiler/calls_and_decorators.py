# Calls: positional/keyword/star arguments, method calls, decorators, metaclass keywords.
def f(*args, **kwargs):
    return args, kwargs
print(f(1, 2, *[3, 4], 5, *(6,), a=1, **{"b": 2}, c=3, **{"d": 4}))
print(f(*"ab"))
print(f(**{"x": 1}))
args = (1, 2)
print(f(0, *args))
class C:
    def m(self, *a, **k):
        return a, k
c = C()
print(c.m(1, x=2), c.m(*[1, 2]), c.m(**{"y": 3}))
print("{}-{}".format(*"xy"))
print(sorted([3, 1, 2], reverse=True))
print(max(1, 2, 3, key=lambda v: -v))
def deco(fn):
    def wrapper(*a):
        return "deco(" + str(fn(*a)) + ")"
    return wrapper
def deco2(fn):
    return lambda *a: "d2[" + fn(*a) + "]"
@deco2
@deco
def h(x):
    return x * 2
print(h(3))
def cls_deco(cls):
    cls.tag = "tagged"
    return cls
@cls_deco
class T:
    pass
print(T.tag)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["extra"] = kw
        return super().__new__(mcls, name, bases, ns)
class WithMeta(metaclass=Meta, flag=True):
    pass
print(WithMeta.extra)
print(f(*[i for i in range(3)]))
big = f(1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33)
print(len(big[0]))
print(f(a1=1,a2=2,a3=3,a4=4,a5=5,a6=6,a7=7,a8=8,a9=9,a10=10,a11=11,a12=12,a13=13,a14=14,a15=15,a16=16)[1]["a16"])
