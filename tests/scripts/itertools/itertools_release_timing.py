# When itertools objects let go of their inputs: observable through a generator's finally.
import itertools

def source(name, n=3):
    try:
        for i in range(n):
            yield i
    finally:
        print('  closed', name)

print('islice stops early')
s = itertools.islice(source('a'), 2)
print(list(s))
print('after list')
del s

print('chain moves on')
c = itertools.chain(source('b', 1), source('c', 1))
print(next(c), next(c))
print('chain done')
del c

print('zip_longest retires exhausted inputs')
z = itertools.zip_longest(source('d', 1), source('e', 2))
print(next(z), next(z))
print('still iterating')
del z

print('pairwise at the end')
p = itertools.pairwise(source('f', 2))
print(list(p))
del p

print('cycle after its first pass')
cy = itertools.cycle(source('g', 2))
print([next(cy) for _ in range(3)])
del cy

print('takewhile keeps its input')
t = itertools.takewhile(lambda x: x < 1, source('h'))
print(list(t))
del t

print('groupby, tee')
g = itertools.groupby(source('i', 2))
print([k for k, _ in g])
del g
a, b = itertools.tee(source('j', 2))
print(list(a))
del a
print(list(b))
del b
print('end')
