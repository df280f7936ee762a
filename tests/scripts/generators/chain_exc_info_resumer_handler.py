# A suspended yield-from chain resumed from a function that is itself inside
# an `except` block: the innermost sees the resumer's handled exception
# through sys.exc_info() and as __context__ of what it raises, unless an
# outer level of the chain has its own handled exception, which wins.
import sys


def innermost():
    while True:
        got = yield
        print('  innermost sees', repr(sys.exc_info()[1]))
        if got == 'raise':
            try:
                raise KeyError('inner')
            except KeyError as e:
                print('  context', repr(e.__context__))


def plain():
    yield from innermost()


def handling():
    try:
        raise TypeError('level handles')
    except TypeError:
        yield from plain()


def resume_in_handler(g, value):
    try:
        raise ValueError('resumer handles')
    except ValueError:
        g.send(value)
        print('  resumer still sees', repr(sys.exc_info()[1]))


for make in (plain, handling):
    print(make.__name__)
    g = make()
    next(g)
    resume_in_handler(g, 'raise')
    g.send(None)
    resume_in_handler(g, None)
    print('  driver sees', repr(sys.exc_info()[1]))
    g.close()
