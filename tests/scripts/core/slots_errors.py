# __slots__ declarations that python3 rejects, and private-name mangling.
def attempt(make):
    try:
        make()
        print('ok')
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

def conflict():
    class K:
        __slots__ = ('a',)
        a = 1
attempt(conflict)

def conflict_mangled():
    class K:
        __slots__ = ('__a',)
        __a = 1
attempt(conflict_mangled)

def not_str():
    class K:
        __slots__ = ('a', 1)
attempt(not_str)

def not_ident():
    class K:
        __slots__ = ('1a',)
attempt(not_ident)

def not_iterable():
    class K:
        __slots__ = 5
attempt(not_iterable)

def dict_twice():
    class K:
        __slots__ = ('__dict__', '__dict__')
attempt(dict_twice)

def repeated():
    class K:
        __slots__ = ('a', 'a')
    k = K()
    k.a = 1
    print(k.a)
attempt(repeated)

class M:
    __slots__ = ('__p', '__q__')
    def __init__(self):
        self.__p = 'private'
        self.__q__ = 'dunder'
    def get(self):
        return self.__p
m = M()
print(m.get(), m._M__p, m.__q__, sorted(k for k in vars(M) if 'p' in k or 'q' in k))
try:
    m.__p
except AttributeError as e:
    print(e)

class _Under:
    __slots__ = ('__x',)
print([k for k in vars(_Under) if 'x' in k])

class ___:
    __slots__ = ('__y',)
print([k for k in vars(___) if 'y' in k])

print(type('Dyn', (), {'__slots__': ('d',)})().__class__.d)
print(M.__slots__, type('Dyn2', (), {'__slots__': 'z'}).__slots__)
