# functools.partial: application, flattening, attributes, repr, errors.
import functools

def f(a, b=2, *rest, **kw):
    return (a, b, rest, kw)

p = functools.partial(f, 1, k=1)
print(p(), p(3, 4), p(k=2, z=0), p.func is f, p.args, p.keywords)
q = functools.partial(p, 2, j=3)
print(q(), q.func is f, q.args, q.keywords)
p.attr = 'set'
r = functools.partial(p, 5)
print(r.func is p, r(), p.attr)
print(repr(functools.partial(len)), repr(functools.partial(max, 1, key=abs)))

class Sub(functools.partial):
    pass

s = Sub(max, 3)
print(repr(s), s(9), type(functools.partial(s, 1)).__name__, functools.partial(s, 1).func is max)
for attr in ('func', 'args', 'keywords'):
    try:
        setattr(p, attr, None)
    except AttributeError as e:
        print('AttributeError', e)
for call in (lambda: functools.partial(), lambda: functools.partial(1)):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
print(sorted(['bb', 'a', 'ccc'], key=functools.partial(len)))
print(list(map(functools.partial(pow, 2), range(5))))

class Holder:
    method = functools.partial(f, 'unbound')

print(Holder().method())   # partial objects do not bind as methods
rec = functools.partial(f)
rec.__dict__['x'] = rec
print(repr(functools.partial(int, base=2))[:27], functools.partial(int, base=2)('101'))
