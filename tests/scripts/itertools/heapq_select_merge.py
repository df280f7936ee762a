# heapq.nlargest, nsmallest and merge: order of equal keys, key=, reverse=.
import heapq

data = [5, 1, 8, 3, 8, 2, 9, 1, 7]
for n in (-1, 0, 1, 2, 3, 9, 20):
    print(n, heapq.nlargest(n, data), heapq.nsmallest(n, data), heapq.nlargest(n, iter(data)), heapq.nsmallest(n, iter(data)))
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (2, 'y'), (0, 'x'), (2, 'w')]
for n in (1, 2, 3, 4):
    print(heapq.nsmallest(n, iter(pairs), key=lambda t: t[0]), heapq.nlargest(n, iter(pairs), key=lambda t: t[0]))
print(heapq.nlargest(2, 'hello world'.split(), key=len), heapq.nsmallest(2, {'b': 1, 'a': 2}))
print(heapq.nsmallest(1, []), heapq.nlargest(1, [], key=abs), heapq.nsmallest(3, []))
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0], [])))
print(list(heapq.merge()), list(heapq.merge([1, 2])))
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))
print(list(heapq.merge(['a', 'bb', 'cccc'], ['x', 'yyy'], key=len)))
print(list(heapq.merge([(1, 'first')], [(1, 'second')], key=lambda t: t[0])))
print(list(heapq.merge(['dd', 'c'], ['bbb', 'a'], key=len, reverse=True)))
m = heapq.merge(iter([1, 4]), iter([2, 3]))
print(next(m), next(m), list(m))
