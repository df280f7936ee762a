# functools.reduce: folding, initial value, CPython's messages.
import functools
import operator

print(functools.reduce(operator.add, [1, 2, 3, 4]))
print(functools.reduce(operator.add, [1, 2, 3], 10))
print(functools.reduce(operator.add, [], 'initial'))
print(functools.reduce(lambda acc, x: acc + [x * 2], 'abc', []))
print(functools.reduce(max, iter([3, 9, 2])))
print(functools.reduce(operator.mul, range(1, 21)))
for call in (lambda: functools.reduce(operator.add, 1), lambda: functools.reduce(operator.add, []),
             lambda: functools.reduce(operator.add, [], initial=3), lambda: functools.reduce(operator.add),
             lambda: functools.reduce(operator.add, [1], 2, 3)):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
