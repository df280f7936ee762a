# throw() on a generator whose yield-from delegate is not a generator passes
# the delegate's throw() exactly the arguments it was given: a class alone,
# an instance alone, or (type, value[, traceback]).
class Delegate:
    def __iter__(self):
        return self

    def __next__(self):
        return 'item'

    def throw(self, *args):
        print('  delegate.throw got', len(args), 'argument(s):',
              [a.__name__ if isinstance(a, type) else repr(a) for a in args])
        return 'thrown'


def upper():
    yield from Delegate()


def outer():
    yield from upper()


for args in ((KeyError,), (KeyError('k'),), (KeyError, KeyError('v')), (KeyError, 'text', None)):
    g = outer()
    next(g)
    try:
        print(g.throw(*args))
    except Exception as e:
        print('  raised', repr(e))
    g.close()
