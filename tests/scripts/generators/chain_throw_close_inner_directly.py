# throw() and close() called directly on the innermost of a suspended
# 25-level yield-from chain: only the innermost is affected; the waiting
# levels stay suspended and linked to it, and resuming the outermost
# afterwards gets the innermost's next value, or (once the innermost is
# finished) lets every level go on from its `yield from` with None.
import inspect
from _chain import chain, levels, runs


def innermost():
    n = 0
    while True:
        try:
            got = yield ('value', n)
            n += 1
        except ValueError:
            yield 'caught'


top = chain(25, innermost)
next(top)
seen = levels(top)
inner = seen[-1]
print(inner.throw(ValueError), next(top), next(top))
print(runs([inspect.getgeneratorstate(g) for g in seen]), levels(top) == seen)
try:
    inner.throw(KeyError('k'))
except KeyError as e:
    print('escaped', repr(e))
print(runs([inspect.getgeneratorstate(g) for g in seen]), seen[-2].gi_yieldfrom is inner)
try:
    next(top)
except StopIteration as e:
    print('top returned', e.value)
print(runs([inspect.getgeneratorstate(g) for g in seen]))

top = chain(25, innermost)
next(top)
seen = levels(top)
print('close ->', seen[-1].close())
try:
    next(top)
except StopIteration as e:
    print('top returned', e.value, runs([inspect.getgeneratorstate(g) for g in seen]))
