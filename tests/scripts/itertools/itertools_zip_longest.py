# itertools.zip_longest: fill values, exhaustion order, errors.
import itertools

print(list(itertools.zip_longest()))
print(list(itertools.zip_longest('ab')))
print(list(itertools.zip_longest('abc', [1])))
print(list(itertools.zip_longest('a', 'bcd', [1, 2], fillvalue='-')))
print(list(itertools.zip_longest([], [])))

def gen(name, n):
    for i in range(n):
        yield f'{name}{i}'
    print(name, 'exhausted')

z = itertools.zip_longest(gen('a', 1), gen('b', 3))
print(list(z))
print(list(z))

def failing():
    yield 1
    raise ValueError('source failed')

z = itertools.zip_longest(failing(), 'xyz')
print(next(z))
try:
    next(z)
except ValueError as e:
    print('ValueError', e)
print(list(z))

for call in (lambda: itertools.zip_longest(x=1), lambda: itertools.zip_longest([1], fillvalue=1, x=2),
             lambda: itertools.zip_longest(1), lambda: itertools.zip_longest([1], 2)):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
