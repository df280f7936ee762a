# Attribute stores and loads through the LOAD_ATTR/STORE_ATTR inline caches on
# instances with and without a __dict__, alternating types at one site.
class U:
    __slots__ = ('a',)
class V:
    pass
def f(o, n):
    for i in range(n):
        try:
            o.x = i
            print('stored', o.x)
        except AttributeError as e:
            print(e)
        try:
            print(o.x)
        except AttributeError as e:
            print(e)
        o.a = i
        print(o.a)
for o in (V(), U(), U(), V()):
    f(o, 3)
