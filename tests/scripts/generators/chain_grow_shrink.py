# A yield-from chain that grows and shrinks repeatedly: a loop delegating to
# a new sub-generator each time (`for i in range(5): r = yield from sub(i)`),
# where sub(i) itself nests i levels; after every yield the chain's depth
# (via gi_yieldfrom) and the values sent in and returned are observed.
def sub(i, log):
    if i == 0:
        got = yield ('leaf', len(log))
        log.append(got)
        return 'r0'
    r = yield from sub(i - 1, log)
    got = yield ('level', i, 'after', r)
    log.append(got)
    return 'r%d' % i


def top_gen(log):
    results = []
    for i in range(5):
        r = yield from sub(i, log)
        results.append(r)
    return results


def depth(g):
    n = 0
    while g is not None:
        n += 1
        g = g.gi_yieldfrom
    return n


log = []
top = top_gen(log)
value = next(top)
count = 0
try:
    while True:
        print(value, depth(top))
        count += 1
        value = top.send(count)
except StopIteration as e:
    print('returned', e.value)
print(log)
