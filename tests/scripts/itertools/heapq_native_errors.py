# The native heap operations (_heapq): argument errors, empty heaps, and a
# __lt__ that changes the list's size during a sift (RuntimeError, as CPython's C module).
import heapq

for bad in [lambda: heapq.heappush(1, 2), lambda: heapq.heappop(()), lambda: heapq.heappop([]),
            lambda: heapq.heapreplace([], 1), lambda: heapq.heapify(None), lambda: heapq.heappushpop("x", 1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

print(heapq.heappushpop([], 5), heapq.heappushpop([1], 0), heapq.heappushpop([1, 2], 3))


class Grows:
    """Each comparison appends to the heap it lives in."""

    def __init__(self, v, heap):
        self.v, self.heap = v, heap

    def __lt__(self, other):
        self.heap.append(0)
        return self.v < other.v


h = []
heapq.heappush(h, Grows(1, h))
try:
    heapq.heappush(h, Grows(0, h))
except RuntimeError as e:
    print("RuntimeError", e)


class Counted:
    """Counts comparisons: the sift order is CPython's."""
    calls = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Counted.calls += 1
        return self.v < other.v


items = [Counted(v) for v in [7, 3, 9, 1, 8, 2, 6, 4, 5, 0]]
heapq.heapify(items)
print("heapify", Counted.calls, [c.v for c in items])
Counted.calls = 0
print("pops", [heapq.heappop(items).v for _ in range(4)], Counted.calls)
Counted.calls = 0
heapq.heappush(items, Counted(-1))
print("push", Counted.calls, [c.v for c in items])
