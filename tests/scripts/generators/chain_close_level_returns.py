# close() on a suspended yield-from chain whose middle level catches
# GeneratorExit at its `yield from`: returning ends the close quietly (the
# outer level still gets GeneratorExit); yielding instead makes close() raise
# RuntimeError "generator ignored GeneratorExit"; an innermost that returns
# a value on GeneratorExit does not resume the middle's `yield from`.
import inspect


def innermost(on_exit):
    try:
        yield 'inner'
    except GeneratorExit:
        print('  innermost sees GeneratorExit')
        if on_exit == 'return':
            return 'inner value'
        raise
    finally:
        print('  innermost finally')


def middle(inner_exit, mode):
    try:
        r = yield from innermost(inner_exit)
        print('  middle got', r)
    except GeneratorExit:
        print('  middle catches GeneratorExit')
        if mode == 'yield':
            yield 'middle ignores'
        return 'middle value'
    finally:
        print('  middle finally')


def outer(inner_exit, mode):
    try:
        r = yield from middle(inner_exit, mode)
        print('  outer got', r)
        yield 'outer continues'
    finally:
        print('  outer finally')


for inner_exit, mode in (('raise', 'return'), ('return', 'return'), ('raise', 'yield')):
    print(inner_exit, mode)
    top = outer(inner_exit, mode)
    mid = top.gi_yieldfrom
    next(top)
    mid = top.gi_yieldfrom
    try:
        print('  close ->', top.close())
    except RuntimeError as e:
        print('  RuntimeError', e)
    print('  states', inspect.getgeneratorstate(top), inspect.getgeneratorstate(mid))
    mid.close()
