# An exception from the innermost of a 5-level yield-from chain, caught by a
# middle level around its `yield from`: the traceback seen there runs from
# that level down to the raise; the outer levels go on and the driver sees
# the next value; the traceback of a later re-raise from the middle.
import sys


def tb_entries(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def innermost():
    yield 'ready'
    raise ValueError('bottom')


def level(n):
    if n == 0:
        return (yield from innermost())
    if n == 2:
        try:
            return (yield from level(n - 1))
        except ValueError as e:
            print('caught at level 2:', tb_entries(e.__traceback__))
            print('exc_info inside handler:', sys.exc_info()[0].__name__)
            yield 'handled at 2'
            raise RuntimeError('again') from e
    return (yield from level(n - 1))


top = level(4)
print(next(top))
print(next(top))
try:
    next(top)
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__))
    print(tb_entries(e.__traceback__))
    print(tb_entries(e.__cause__.__traceback__))
