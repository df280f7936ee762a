# throw() and close() called directly on a middle level of a suspended
# 3-level yield-from chain while the outer level waits on it: the exception
# goes to the innermost first and unwinds up to the middle only; the outer
# level, resumed afterwards, finds its delegate finished and its
# `yield from` gives the middle's return value or None.
import inspect


def innermost(log):
    try:
        while True:
            got = yield 'inner'
            log.append(('inner got', got))
    except ValueError as e:
        log.append(('inner catches', str(e)))
        yield 'inner recovered'
        return 'inner result'
    finally:
        log.append('inner finally')


def middle(log):
    try:
        r = yield from innermost(log)
        log.append(('middle got', r))
        return 'middle result'
    finally:
        log.append('middle finally')


def outer(log):
    r = yield from middle(log)
    log.append(('outer got', r))
    yield 'outer after'


def states(*gens):
    return [inspect.getgeneratorstate(g)[4:] for g in gens]


for action in ('throw handled', 'throw unhandled', 'close'):
    log = []
    top = outer(log)
    next(top)
    mid = top.gi_yieldfrom
    inner = mid.gi_yieldfrom
    print(action)
    try:
        if action == 'throw handled':
            print('  throw ->', mid.throw(ValueError('v')))
            print('  top ->', next(top), states(top, mid, inner))
            print('  mid ->', next(mid))
        elif action == 'throw unhandled':
            mid.throw(KeyError('k'))
        else:
            print('  close ->', mid.close())
    except StopIteration as e:
        print('  mid returned', e.value)
    except KeyError as e:
        print('  escaped', repr(e))
    print('  states', states(top, mid, inner), top.gi_yieldfrom is mid)
    print('  top runs on ->', list(top))
    print('  log', log)
