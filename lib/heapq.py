"""Heap queue algorithm (a.k.a. priority queue).

A heap is a list in which heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2]
for every k (the smallest item is heap[0]). Only the < operator is used to
compare items. The layouts produced are CPython's, since programs print them.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, what):
    if not isinstance(heap, list):
        raise TypeError(f'{what} must be list, not {type(heap).__name__}')


# ---------------------------------------------------------------- sifting

# _sift_toward_root moves the item at `pos` up (towards `start`) while it is
# smaller than its parent. _sift_toward_leaves first walks the hole at `pos`
# down to a leaf, always promoting the smaller child without comparing the
# moving item, then places the item and lets it rise: this costs fewer
# comparisons than stopping early, because an item taken from the bottom of
# the heap usually belongs near the bottom again.

def _sift_toward_root(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if not item < parent:
            break
        heap[pos] = parent
        pos = parent_pos
    heap[pos] = item


def _sift_toward_leaves(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)


# The same two operations for max-heaps (heap[0] is the largest item).

def _sift_toward_root_max(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if not parent < item:
            break
        heap[pos] = parent
        pos = parent_pos
    heap[pos] = item


def _sift_toward_leaves_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root_max(heap, start, pos)


# ---------------------------------------------------------------- the heap operations

def heappush(heap, item, /):
    """Add item to the heap."""
    _check_list(heap, 'heappush() argument 1')
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Remove and return the smallest item of the heap (IndexError if empty)."""
    _check_list(heap, 'heappop() argument')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sift_toward_leaves(heap, 0)
    return smallest


def heapreplace(heap, item, /):
    """Remove and return the smallest item, then add item (one sift instead
    of two). The result may be larger than item; see heappushpop()."""
    _check_list(heap, 'heapreplace() argument 1')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sift_toward_leaves(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Add item, then remove and return the smallest item (which is item
    itself when it is not larger than the heap's smallest)."""
    _check_list(heap, 'heappushpop() argument 1')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_toward_leaves(heap, 0)
    return item


def heapify(heap, /):
    """Rearrange a list into a heap, in place, in linear time."""
    _check_list(heap, 'heapify() argument')
    # Every node below n // 2 is a leaf: sift the others, bottom-up.
    for pos in reversed(range(len(heap) // 2)):
        _sift_toward_leaves(heap, pos)


# The native versions of the operations above (runtime/heapq_module.cpp), as
# CPython's heapq uses its C module _heapq; the Python code documents them.
from _heapq import heappush, heappop, heapreplace, heappushpop, heapify


def _heappop_max(heap, /):
    """heappop() for a max-heap."""
    _check_list(heap, '_heappop_max() argument')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _sift_toward_leaves_max(heap, 0)
    return largest


def _heapreplace_max(heap, item, /):
    """heapreplace() for a max-heap."""
    _check_list(heap, '_heapreplace_max() argument 1')
    if not heap:
        raise IndexError('index out of range')
    largest = heap[0]
    heap[0] = item
    _sift_toward_leaves_max(heap, 0)
    return largest


def _heapify_max(heap, /):
    """heapify() for a max-heap."""
    _check_list(heap, '_heapify_max() argument')
    for pos in reversed(range(len(heap) // 2)):
        _sift_toward_leaves_max(heap, pos)


# ---------------------------------------------------------------- merge

def merge(*iterables, key=None, reverse=False):
    """Lazily merge sorted iterables into one sorted stream (a generator).

    Each input must already be sorted by key (in reverse when reverse is
    true); equal items come out in the order of their inputs.
    """
    # The heap holds one entry per unfinished input: [sort key, rank, value,
    # iterator]. The rank (the input's position, negated when merging in
    # reverse) makes keys unique, so equal values come out in input order
    # and values themselves are never compared.
    if reverse:
        make_heap, replace, pop, direction = _heapify_max, _heapreplace_max, _heappop_max, -1
    else:
        make_heap, replace, pop, direction = heapify, heapreplace, heappop, 1
    heap = []
    for rank, it in enumerate(map(iter, iterables)):
        for value in it:
            heap.append([value if key is None else key(value), rank * direction, value, it])
            break
    make_heap(heap)
    while len(heap) > 1:
        entry = heap[0]
        yield entry[2]
        it = entry[3]
        for value in it:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            replace(heap, entry)
            break
        else:
            pop(heap)
    if heap:
        # One input left: no more comparisons are needed.
        entry = heap[0]
        yield entry[2]
        yield from entry[3]


# ---------------------------------------------------------------- nsmallest, nlargest

# Both keep the n best candidates seen so far in a heap whose root is the
# worst of them (a max-heap for nsmallest), so each further item costs one
# comparison unless it displaces the root. Entries are (key, rank, item):
# ranks are unique and increase with input position in the direction that
# makes equal keys come out in input order, as sorted() would.

def _select(n, iterable, key, largest):
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        choose = max if largest else min
        result = choose(it, default=sentinel) if key is None else choose(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]

    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]

    it = iter(iterable)
    step = -1 if largest else 1
    if key is None:
        best = [(item, rank) for rank, item in zip(range(0, n * step, step), it)]
    else:
        best = [(key(item), rank, item) for rank, item in zip(range(0, n * step, step), it)]
    if not best:
        return best
    if largest:
        heapify(best)
        replace = heapreplace
    else:
        _heapify_max(best)
        replace = _heapreplace_max
    worst = best[0][0]
    rank = n * step
    for item in it:
        k = item if key is None else key(item)
        if (worst < k) if largest else (k < worst):
            replace(best, (k, rank) if key is None else (k, rank, item))
            worst = best[0][0]
            rank += step
    best.sort(reverse=largest)
    return [entry[0] if key is None else entry[2] for entry in best]


def nsmallest(n, iterable, key=None):
    """The n smallest items, smallest first: sorted(iterable, key=key)[:n]."""
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items, largest first: sorted(iterable, key=key, reverse=True)[:n]."""
    return _select(n, iterable, key, True)
