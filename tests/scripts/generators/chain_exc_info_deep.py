# In a 25-level yield-from chain where some levels delegate from inside an
# `except` block, the innermost sees the handled exception of the nearest
# such level (sys.exc_info(), bare raise), at the first run and after every
# resume; a level with none in between shows the one further out.
import sys


def innermost():
    for _ in range(2):
        print('  sees', repr(sys.exc_info()[1]))
        got = yield
        if got == 'reraise':
            raise


def level(n, handlers):
    if n == 0:
        return (yield from innermost())
    if n in handlers:
        try:
            raise ValueError('level %d' % n)
        except ValueError:
            return (yield from level(n - 1, handlers))
    return (yield from level(n - 1, handlers))


for handlers in ((24,), (24, 12), (3, 24), ()):
    print(handlers)
    g = level(24, handlers)
    next(g)
    next(g)
    try:
        g.send('reraise')
    except ValueError as e:
        print('  reraised', repr(e))
    except RuntimeError as e:
        print('  RuntimeError', e)
