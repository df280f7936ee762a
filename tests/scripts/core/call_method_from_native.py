# Natives that call a method by name (dict.update's keys(), print's flush(),
# ExceptionGroup.split's derive(), yield from's send()): instance attributes
# shadow the class's method, __getattribute__ and __getattr__ are honoured,
# and wrong signatures fail as CPython's; small-int comparisons and sums from
# native code.
import sys


class Mapping:
    def __init__(self):
        self.data = {'a': 1}

    def keys(self):
        print('class keys')
        return list(self.data)

    def __getitem__(self, key):
        return self.data[key]


m = Mapping()
d = {}
d.update(m)
m.keys = lambda: (print('instance keys'), ['a'])[1]
d.update(m)
print(d)


class Logged(Mapping):
    def __getattribute__(self, name):
        if name == 'keys':
            print('__getattribute__', name)
        return super().__getattribute__(name)


d.update(Logged())


class Fallback:
    def __getattr__(self, name):
        print('__getattr__', name)
        return lambda: ['z']

    def __getitem__(self, key):
        return 26


d.update(Fallback())
print(sorted(d.items()))


class BadKeys:
    def keys(self, extra):
        return []


try:
    d.update(BadKeys())
except TypeError as e:
    print('TypeError:', e)


class Out:
    def write(self, s):
        sys.__stdout__.write(s.upper())

    def flush(self):
        sys.__stdout__.write('[flush]\n')


out = Out()
print('hello', file=out, flush=True)
out.flush = lambda: sys.__stdout__.write('[instance flush]\n')
print('again', file=out, flush=True)


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        print('derive', len(excs))
        return MyGroup(self.message, excs)


eg = MyGroup('g', [ValueError(1), TypeError(2)])
match, rest = eg.split(ValueError)
print(type(match).__name__, match.exceptions, rest.exceptions)


class Echo:
    def __iter__(self):
        return self

    def __next__(self):
        return 'next'

    def send(self, value):
        print('send', value)
        if value == 2:
            raise StopIteration('done')
        return value


def delegate():
    return (yield from Echo())


g = delegate()
print(next(g), g.send(1))
try:
    g.send(2)
except StopIteration as e:
    print('returned', e.value)

print(sorted([3, 1, 2]), max(2, 7, 5), min([4, -1, 9]), 5 in range(10), sum([1, 2, 3], 10))
print((2 ** 61 - 1) + 1, -(2 ** 62) - 1, 3 < 2 ** 70, 2 ** 70 > -5)
