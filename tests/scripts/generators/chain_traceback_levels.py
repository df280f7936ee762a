# An exception raised in the innermost of a yield-from chain (depth 1, 2, 3,
# 25) propagates out of every level: its traceback has the caller's frame,
# then every level outermost first, then the innermost's raise.
from _chain import chain, runs


def innermost():
    yield 'ready'
    raise KeyError('deep')


def tb_entries(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


for depth in (1, 2, 3, 25):
    top = chain(depth, innermost)
    next(top)
    try:
        next(top)
    except KeyError as e:
        print(depth, repr(e), runs(tb_entries(e.__traceback__)))
    print('  closed:', top.gi_frame is None)
