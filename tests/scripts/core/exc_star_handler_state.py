# Inside an except* clause the matched part is the exception being handled
# (sys.exc_info(), __context__ of a new exception); the `as` name is unbound
# after the clause; loops inside a clause may break; a clause cannot catch
# an ExceptionGroup type or a non-exception type (TypeError).
import sys


def show(label, fn):
    try:
        fn()
        print(label, 'no exception')
    except BaseException as e:
        print(label, '->', type(e).__name__, repr(e))


def handled_exception():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError:
        print('  exc_info', repr(sys.exc_info()[1]))
        try:
            raise KeyError('inner')
        except KeyError as k:
            print('  context', repr(k.__context__))
    print('  after', sys.exc_info())


def name_unbound():
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ValueError as e:
        pass
    try:
        print(e)
    except NameError as n:
        print('  NameError', n)


def loop_in_clause():
    for i in range(2):
        try:
            raise ExceptionGroup('eg', [ValueError(i)])
        except* ValueError:
            for j in range(3):
                if j == 1:
                    break
            print('  loop', i, j)


def group_type():
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ExceptionGroup:
        pass


def not_an_exception_type():
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* 5:
        pass


for case in (handled_exception, name_unbound, loop_in_clause, group_type, not_an_exception_type):
    show(case.__name__, case)
