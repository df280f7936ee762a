# difftest seed 1 program 46: StopIteration thrown through yield from into an iterator without throw() is raised at the yield from (3.11), not taken as the delegate's return value
def gen(catch):
    if catch:
        try:
            r = yield from iter([1, 2])
            print("  yield from gave", repr(r))
        except StopIteration as e:
            print("  caught inside:", type(e).__name__, e)
    else:
        r = yield from iter([1, 2])
        print("  yield from gave", repr(r))

for catch in (True, False):
    g = gen(catch)
    next(g)
    try:
        print(g.throw(StopIteration("thrown")))
    except BaseException as e:
        print(type(e).__name__, e)
