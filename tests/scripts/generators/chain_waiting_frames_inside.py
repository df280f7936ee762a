# Seen from inside the innermost of a running yield-from chain (depth 2, 3,
# 25), each waiting level's gi_frame: f_back is the frame of the level above
# (the outermost's is the driver's), f_lineno is its `yield from` line,
# f_locals hold its variables; gi_code and __name__ are unchanged.
import sys


def innermost(tag):
    yield 'ready'
    frames = [g.gi_frame for g in seen]
    print('  f_back chain:', all(frames[i].f_back is frames[i - 1] for i in range(1, len(frames))),
          frames[0].f_back.f_code.co_name, frames[-1] is sys._getframe())
    print('  f_lineno:', sorted(set(f.f_lineno for f in frames[:-1])),
          'locals:', sorted(frames[0].f_locals), frames[-2].f_locals['n'], frames[-1].f_locals['tag'])
    yield 'again'


def link(n, tag):
    mark = n * 10
    if n == 1:
        return (yield from innermost(tag))
    return (yield from link(n - 1, tag))


def driver(g):
    return next(g)


for depth in (2, 3, 25):
    top = link(depth - 1, 'T')
    next(top)
    seen = []
    g = top
    while g is not None:
        seen.append(g)
        g = g.gi_yieldfrom
    print(depth, driver(top))
    top.close()
