# A middle level of a yield-from chain catches the innermost's exception and
# raises another while handling it; uncaught, both tracebacks are printed
# ("During handling of the above exception...") with every level's frame.
def innermost():
    yield 'ready'
    raise ValueError('bottom')


def middle():
    try:
        yield from innermost()
    except ValueError:
        yield 'handled'
        raise RuntimeError('from the middle')


def outer():
    result = yield from middle()
    return result


g = outer()
print(next(g))
print(next(g))
next(g)
