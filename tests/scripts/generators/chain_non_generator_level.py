# A yield-from chain with a level that is not a generator: an iterator class
# with send/throw/close forwarding to the generator below it sits between
# generator levels. Values, send(), throw(), gi_yieldfrom and gi_running
# behave as the class's methods dictate; a bottom that is a list iterator
# (no send) makes send(non-None) raise AttributeError at that level.
import inspect


class Forward:
    def __init__(self, sub):
        self.sub = sub

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, value):
        print('  Forward.send', value)
        return self.sub.send(value)

    def throw(self, *args):
        kind = args[0] if isinstance(args[0], type) else type(args[0])
        print('  Forward.throw', kind.__name__)
        return self.sub.throw(*args)

    def close(self):
        print('  Forward.close')
        self.sub.close()


def bottom():
    try:
        got = yield 'b0'
        print('  bottom got', got, [g.gi_running for g in gens])
        got = yield 'b1'
    except KeyError:
        yield 'bottom caught'
    finally:
        print('  bottom finally')


def upper(sub):
    r = yield from sub
    return r


b = bottom()
fwd = Forward(b)
mid = upper(fwd)
top = upper(mid)
gens = [top, mid, b]
print(next(top), type(mid.gi_yieldfrom).__name__, inspect.getgeneratorstate(b))
print(top.send('x'))
print(top.throw(KeyError))
top.close()
print([inspect.getgeneratorstate(g) for g in gens])


def over_list():
    yield from [1, 2, 3]


top = upper(upper(over_list()))
print(next(top), next(top))
try:
    top.send('not None')
except AttributeError as e:
    print('AttributeError', e)
print(inspect.getgeneratorstate(top))
