# The innermost of a suspended yield-from chain resumed directly, while the
# levels above wait on it: the direct caller gets its values; resuming the
# outermost later continues the same innermost; when the innermost finishes
# under the direct caller, every level above sees None from its yield from.
import inspect
from _chain import chain, levels, runs


def innermost(log):
    got = 'start'
    for i in range(3):
        log.append(got)
        got = yield i
    return 'inner result'


def outermost_result(depth):
    log = []
    top = chain(depth, innermost, log)
    print(depth, next(top))
    seen = levels(top)
    inner = seen[-1]
    print('  direct:', inner.send('direct a'), 'top:', top.send('top b'))
    try:
        inner.send('direct c')
    except StopIteration as e:
        print('  inner returned', e.value)
    print('  states:', runs([inspect.getgeneratorstate(g) for g in seen]))
    try:
        next(top)
    except StopIteration as e:
        print('  top returned', repr(e.value))
    print('  log:', log)


for depth in (2, 3, 25):
    outermost_result(depth)
