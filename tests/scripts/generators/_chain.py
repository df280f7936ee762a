# Helpers of the chain_* cases (not a case itself): chains of generators that
# delegate with `yield from`, built by recursion, and compact views of them.
import inspect


def chain(depth, innermost, *args):
    """A chain of `depth` generators: depth - 1 `link` levels, each delegating
    to the next with `yield from`, then innermost(*args). Returns the
    outermost (not started); every level returns what the one below returned."""
    if depth == 1:
        return innermost(*args)
    return link(depth - 1, innermost, args)


def link(n, innermost, args):
    if n == 1:
        result = yield from innermost(*args)
    else:
        result = yield from link(n - 1, innermost, args)
    return result


def levels(top):
    """Every generator of a suspended chain, outermost first (via gi_yieldfrom)."""
    out = []
    while top is not None:
        out.append(top)
        top = top.gi_yieldfrom
    return out


def state(g):
    return (g.gi_running, g.gi_suspended, inspect.getgeneratorstate(g))


def runs(items):
    """Run-length view of a list, in order: [(item, count), ...]."""
    out = []
    for item in items:
        if out and out[-1][0] == item:
            out[-1] = (item, out[-1][1] + 1)
        else:
            out.append((item, 1))
    return out
