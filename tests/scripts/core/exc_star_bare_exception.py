# except* and an exception that is not a group: a matching clause sees it
# wrapped in ExceptionGroup('', ...) (BaseExceptionGroup for a
# BaseException), a bare `raise` re-raises the wrapper, and with no matching
# clause the exception propagates unchanged.
def show(label, fn):
    try:
        fn()
        print(label, 'no exception')
    except BaseException as e:
        print(label, '->', type(e).__name__, repr(e))


def wrapped():
    try:
        raise ValueError('naked')
    except* ValueError as e:
        print('  wrapped', repr(e), type(e).__name__, e.exceptions)


def unmatched():
    try:
        raise ValueError('naked')
    except* TypeError:
        print('  no')


def reraised():
    try:
        raise ValueError('x')
    except* ValueError:
        raise


def base_exception():
    try:
        raise KeyboardInterrupt
    except* KeyboardInterrupt as e:
        print('  base', type(e).__name__)


for case in (wrapped, unmatched, reraised, base_exception):
    show(case.__name__, case)
