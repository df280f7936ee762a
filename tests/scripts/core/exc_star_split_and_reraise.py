# try/except* (PEP 654): each clause takes the part of the group it matches
# (split keeps the group's structure); what no clause takes, and what a
# clause re-raises with a bare `raise`, propagates as a group shaped like the
# original; a new exception raised in a clause joins it in a new group.
def show(label, fn):
    try:
        fn()
        print(label, 'no exception')
    except BaseException as e:
        print(label, '->', type(e).__name__, repr(e))


def split_both():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print('  got V', repr(e), e.exceptions)
    except* TypeError as e:
        print('  got T', repr(e))


def partial():
    try:
        raise ExceptionGroup('eg', [ValueError(1), KeyError(2)])
    except* ValueError:
        print('  handled V')


def bare_reraise():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise


def raise_new():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError('new')


def reraise_and_raise():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise RuntimeError('rt')


def nested():
    try:
        raise ExceptionGroup('outer', [ExceptionGroup('inner', [ValueError(1), TypeError(2)]), ValueError(3)])
    except* ValueError as e:
        print('  nested', repr(e))


def tuple_else_finally():
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* (ValueError, TypeError) as e:
        print('  tuple', repr(e))
    else:
        print('  else?')
    finally:
        print('  finally')


def no_exception():
    try:
        print('  body ok')
    except* ValueError:
        print('  no')
    else:
        print('  else ran')


for case in (split_both, partial, bare_reraise, raise_new, reraise_and_raise, nested, tuple_else_finally, no_exception):
    show(case.__name__, case)
