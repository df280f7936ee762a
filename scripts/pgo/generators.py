# PGO training: generator pipelines, send/throw/close, yield from trees.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1

def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x

def scaled(source, k):
    for x in source:
        yield x * k

def averager():
    total = count = 0
    average = None
    while True:
        try:
            value = yield average
        except ValueError:
            value = 0
        if value is None:
            return count, average
        total += value
        count += 1
        average = total / count

def delegate(results):
    while True:
        result = yield from averager()
        results.append(result)

class Node:
    def __init__(self, left, value, right):
        self.left, self.value, self.right = left, value, right
    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right

def tree(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Node(tree(lo, mid), mid, tree(mid + 1, hi))

def chain(depth, n):
    if depth == 0:
        for i in range(n):
            yield i
        return n
    return (yield from chain(depth - 1, n))

print(sum(scaled(evens(numbers(1_000_000)), 3)))
print(list(numbers(10)), max(numbers(1000)), sorted(numbers(50), reverse=True)[:3])
results = []
d = delegate(results)
next(d)
for batch in range(12_000):
    for v in range(10):
        d.send(v)
    d.throw(ValueError)
    d.send(None)
print(len(results), results[-1])
t = tree(0, 60_000)
print(sum(t), sum(1 for _ in t))
print(sum(chain(15, 60_000)))
g = numbers(10)
next(g)
g.close()
print(list(zip(numbers(3), "abc")), dict(enumerate(numbers(3))), any(x > 5 for x in numbers(9)))
gens = [numbers(5) for _ in range(20_000)]
print(sum(next(g) for g in gens), sum(map(sum, gens)))
