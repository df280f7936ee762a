# close() on the outermost of a suspended 3-level yield-from chain while the
# middle level is also referenced elsewhere: the middle and innermost are
# closed too (their finally blocks run) and the extra reference sees a
# closed generator; dropping the outermost while the middle is referenced
# elsewhere closes the middle as well (through its own close()).
import inspect


def innermost(log):
    try:
        yield 'inner'
        yield 'inner 2'
    finally:
        log.append('innermost finally')


def middle(log):
    try:
        yield from innermost(log)
        yield 'middle after'
    finally:
        log.append('middle finally')


def outer(log):
    try:
        yield from middle(log)
    finally:
        log.append('outer finally')


log = []
top = outer(log)
next(top)
mid = top.gi_yieldfrom
inner = mid.gi_yieldfrom
top.close()
print(log, inspect.getgeneratorstate(mid), inspect.getgeneratorstate(inner), mid.gi_yieldfrom)
try:
    next(mid)
except StopIteration:
    print('mid exhausted')

log = []
top = outer(log)
next(top)
mid = top.gi_yieldfrom
del top
print(log, inspect.getgeneratorstate(mid))

log = []
top = outer(log)
next(top)
kept = top.gi_yieldfrom.gi_yieldfrom
del top
print(log, inspect.getgeneratorstate(kept))
