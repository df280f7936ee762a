# While an outer level of a yield-from chain runs its `yield from` inside an
# `except` block, the innermost sees that handled exception: sys.exc_info(),
# a bare `raise` re-raises it, and a new exception gets it as __context__.
# Once suspended, the driver does not see it; after the outer level leaves
# its handler, the innermost of a new delegation sees nothing.
import sys


def name(e):
    return None if e is None else repr(e)


def innermost(tag):
    print('  ', tag, 'inside innermost:', name(sys.exc_info()[1]))
    got = yield tag
    print('  ', tag, 'resumed:', name(sys.exc_info()[1]))
    if got == 'bare raise':
        raise
    if got == 'new':
        raise KeyError('new')
    return tag


def middle(tag):
    return (yield from innermost(tag))


def outer():
    try:
        raise ValueError('outer handled')
    except ValueError:
        try:
            yield from middle('in handler')
        except ValueError as e:
            print('   bare raise gave', repr(e))
        try:
            yield from middle('in handler 2')
        except KeyError as e:
            print('   new one has context', repr(e.__context__))
        yield from middle('in handler 3')
    yield from middle('after handler')


g = outer()
print(next(g), 'driver sees:', name(sys.exc_info()[1]))
print(g.send('bare raise'), 'driver sees:', name(sys.exc_info()[1]))
print(g.send('new'))
print(g.send(None))
try:
    g.send(None)
except StopIteration:
    print('done', name(sys.exc_info()[1]))
