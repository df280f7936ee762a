# After throw() into the outermost of a 25-level chain is handled by the
# innermost (which yields), the same chain keeps delegating: send() reaches
# the innermost, gi_yieldfrom still links every level, a second throw() is
# handled again, and the return value travels up to the top.
from _chain import chain, levels


def innermost():
    handled = 0
    while True:
        try:
            got = yield ('waiting', handled)
        except ValueError as e:
            handled += 1
            got = yield ('handled', str(e))
        if got == 'stop':
            return ('innermost done', handled)


top = chain(25, innermost)
print(next(top))
before = levels(top)
print(top.throw(ValueError('first')))
print(levels(top) == before, len(before))
print(top.send('x'), top.send('y'))
print(top.throw(ValueError('second')), next(top))
try:
    top.send('stop')
except StopIteration as e:
    print('returned', e.value)
print([g.gi_frame for g in before] == [None] * 25)
