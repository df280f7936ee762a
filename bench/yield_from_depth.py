# "yield from" chains: the cost of one value through a chain of delegating
# generators, by depth. The same leaf and links as yield_from_chain.py, run at
# depth 1 and depth 20; stdout is the results (the same under every
# interpreter), and the ratio of the per-value times goes to stderr as a
# "bench-note:" line (scripts/bench shows it in the note column).
import sys
import time


def leaf(n):
    acc = 0
    for i in range(n):
        got = yield i
        if got is not None:
            acc += got
    return acc


def link(depth, n):
    if depth == 0:
        result = yield from leaf(n)
    else:
        result = yield from link(depth - 1, n)
    return result + 1


def run(depth, n):
    g = link(depth, n)
    value = next(g)
    total = value
    try:
        while True:
            value = g.send(value & 7)
            total += value
    except StopIteration as stop:
        return total, stop.value


N = 400_000
seconds = {}
for depth in (1, 20):
    start = time.perf_counter()
    print(depth, run(depth, N))
    seconds[depth] = time.perf_counter() - start
print(f"bench-note: depth 20 costs {seconds[20] / seconds[1]:.2f}x depth 1 per value", file=sys.stderr)
