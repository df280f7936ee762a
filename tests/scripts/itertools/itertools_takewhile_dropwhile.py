# itertools.takewhile and dropwhile: predicate calls and stopping.
import itertools

data = [1, 4, 6, 4, 1]
print(list(itertools.takewhile(lambda x: x < 5, data)))
print(list(itertools.dropwhile(lambda x: x < 5, data)))
print(list(itertools.takewhile(bool, [])), list(itertools.dropwhile(bool, [])))

calls = []
def pred(x):
    calls.append(x)
    return x < 3

t = itertools.takewhile(pred, iter(range(10)))
print(list(t), calls)
print(list(t))   # stays stopped once the predicate failed
calls.clear()
d = itertools.dropwhile(pred, range(6))
print(list(d), calls)  # the predicate is not called after the first false

it = iter(range(10))
print(list(itertools.takewhile(lambda x: x < 3, it)), next(it))  # the failing item is consumed

for call in (lambda: itertools.takewhile(bool), lambda: itertools.takewhile(bool, [1], 2),
             lambda: itertools.dropwhile(predicate=bool, iterable=[1]), lambda: list(itertools.takewhile(None, [1]))):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)

def boom(x):
    raise ValueError(x)

try:
    list(itertools.dropwhile(boom, [7]))
except ValueError as e:
    print('ValueError', e)
