# heapq: push/pop/heapify/replace/pushpop keep CPython's exact heap layout.
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 11), data)
print(heapq.heappushpop([], 1))
tasks = []
heapq.heappush(tasks, (2, 'write'))
heapq.heappush(tasks, (1, 'plan'))
heapq.heappush(tasks, (3, 'ship'))
print([heapq.heappop(tasks)[1] for _ in range(3)])
big = [(i * 7919) % 1000 for i in range(1000)]
heapq.heapify(big)
print(all(big[k] <= big[c] for k in range(1000) for c in (2 * k + 1, 2 * k + 2) if c < 1000), big[:10])
print([heapq.heappop(big) for _ in range(10)])
m = [3, 1, 4, 1, 5, 9, 2, 6]
heapq._heapify_max(m)
print(m, heapq._heappop_max(m), m, heapq._heapreplace_max(m, 0), m)
for call in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush(1, 2),
             lambda: heapq.heapify(()), lambda: heapq.heappop(1), lambda: heapq.heapreplace(1, 2),
             lambda: heapq.heappushpop(1, 2)):
    try:
        call()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
