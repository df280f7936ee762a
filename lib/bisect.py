"""Bisection algorithms: search and insertion in sorted sequences.

Only the < operator is used to compare items. With key=, the key function
is applied to the items of the sequence (not to the searched value).
"""

__all__ = ['bisect', 'bisect_left', 'bisect_right', 'insort', 'insort_left', 'insort_right']

from operator import index as _index


def _bounds(a, lo, hi):
    """The search range [lo, hi) as integers; hi None (or -1) means len(a)."""
    if type(lo) is not int:
        lo = _index(lo)
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        return lo, len(a)
    if type(hi) is not int:
        if not hasattr(type(hi), '__index__'):
            raise TypeError(f"argument should be integer or None, not '{type(hi).__name__}'")
        hi = _index(hi)
    if hi == -1:
        hi = len(a)
    return lo, hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Position at which to insert x in the sorted sequence a[lo:hi] to
    keep it sorted, after any items equal to x."""
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Position at which to insert x in the sorted sequence a[lo:hi] to
    keep it sorted, before any items equal to x."""
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted sequence a, after any items equal to x."""
    a.insert(bisect_right(a, x if key is None else key(x), lo, hi, key=key), x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted sequence a, before any items equal to x."""
    a.insert(bisect_left(a, x if key is None else key(x), lo, hi, key=key), x)


bisect = bisect_right
insort = insort_right
