# itertools.product: pools, repeat=, empty pools, errors.
import itertools

print(list(itertools.product('ab', range(2))))
print(list(itertools.product('ab', repeat=2)))
print(list(itertools.product([1, 2], 'x', repeat=2)))
print(list(itertools.product()))
print(list(itertools.product([1, 2], repeat=0)))
print(list(itertools.product(5, repeat=0)))   # not even iterated
print(list(itertools.product('ab', [])))
print(len(list(itertools.product(range(3), repeat=4))))

# The pools are read up front.
def gen():
    print('reading pool')
    yield 1
    yield 2

p = itertools.product(gen(), 'ab')
print('created')
print(list(p))
print(list(p))

for call in (lambda: itertools.product(x=1), lambda: itertools.product([1], repeat=-1),
             lambda: itertools.product([1], repeat='a'), lambda: itertools.product([1], repeat=10 ** 30),
             lambda: itertools.product([1], repeat=2 ** 62), lambda: itertools.product(1),
             lambda: itertools.product([1], repeat=2 ** 40)):
    try:
        call()
    except (TypeError, ValueError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
