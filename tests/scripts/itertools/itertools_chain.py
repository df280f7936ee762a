# itertools.chain and chain.from_iterable: laziness, exhaustion, errors.
import itertools

print(list(itertools.chain()))
print(list(itertools.chain('ab', [1, 2], (), range(3))))
print(list(itertools.chain.from_iterable(['ab', 'cd', ''])))

# The inputs are iterated lazily, one after the other.
def source(name, n):
    print('start', name)
    for i in range(n):
        yield f'{name}{i}'
    print('end', name)

c = itertools.chain(source('a', 2), source('b', 1))
print(next(c))
print(list(c))
print(list(c))  # exhausted stays exhausted

def iterables():
    print('first iterable requested')
    yield [1]
    print('second iterable requested')
    yield [2]

c = itertools.chain.from_iterable(iterables())
print('created')
print(list(c))

# A non-iterable element fails only when reached; the chain is then over.
c = itertools.chain([1], 5, [2])
print(next(c))
try:
    next(c)
except TypeError as e:
    print('TypeError', e)
print(list(c))

for call in (lambda: itertools.chain(a=1), lambda: itertools.chain.from_iterable(),
             lambda: itertools.chain.from_iterable(1), lambda: itertools.chain.from_iterable([], [])):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)

print(type(itertools.chain()).__name__, itertools.chain.__module__)
print(itertools.chain[int])
c = itertools.chain([1])
print(iter(c) is c)
