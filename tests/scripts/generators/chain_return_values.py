# Return values travel up a yield-from chain: each level's `x = yield from`
# gets the value the level below returned (here each adds its own mark), and
# the outermost's return becomes StopIteration.value for send()/next(), for
# depths 1, 2, 3 and 25; a return of a tuple or None and an empty innermost.
def innermost(value, yields):
    for i in range(yields):
        yield i
    return value


def level(n, value, yields):
    if n == 0:
        return (yield from innermost(value, yields))
    x = yield from level(n - 1, value, yields)
    if isinstance(x, list):
        return x + [n]
    return x


for depth in (1, 2, 3, 25):
    for value, yields in (([], 2), ([], 0), ((1, 2), 1), (None, 1)):
        g = level(depth - 1, value, yields)
        seen = []
        try:
            while True:
                seen.append(g.send(None))
        except StopIteration as e:
            print(depth, yields, seen, repr(e.value), e.args)
