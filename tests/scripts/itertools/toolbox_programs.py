# Small programs combining deque, heapq, Counter, defaultdict, lru_cache, namedtuple, bisect, itertools.
from collections import deque, defaultdict, Counter, namedtuple, OrderedDict
import heapq, bisect, functools, itertools, operator

# BFS on a grid
grid = ["S.#.....", ".##.###.", "...#...E", ".#...#.."]
R, C = len(grid), len(grid[0])
start = next((r, c) for r in range(R) for c in range(C) if grid[r][c] == 'S')
dist = {start: 0}
q = deque([start])
while q:
    r, c = q.popleft()
    for dr, dc in ((1,0),(-1,0),(0,1),(0,-1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] != '#' and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[(r, c)] + 1
            q.append((nr, nc))
print('bfs', max(dist.values()), len(dist))

# Dijkstra
graph = defaultdict(list)
for u, v, w in [(0,1,4),(0,2,1),(2,1,2),(1,3,1),(2,3,5),(3,4,3)]:
    graph[u].append((v, w)); graph[v].append((u, w))
best = {0: 0}; pq = [(0, 0)]
while pq:
    d, u = heapq.heappop(pq)
    if d > best.get(u, float('inf')): continue
    for v, w in graph[u]:
        if d + w < best.get(v, float('inf')):
            best[v] = d + w; heapq.heappush(pq, (d + w, v))
print('dijkstra', sorted(best.items()))

# word frequencies
text = "the quick brown fox jumps over the lazy dog the fox"
freq = Counter(text.split())
print(freq.most_common(3), sorted(freq.elements())[:4])
by_len = defaultdict(list)
for w in sorted(set(text.split())):
    by_len[len(w)].append(w)
print(dict(by_len))
print([(k, len(list(g))) for k, g in itertools.groupby(sorted(text.split(), key=len), key=len)])

# memoized DP
@functools.lru_cache(maxsize=None)
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0: return 1
    if n < 0 or not coins: return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print('ways', ways(100), ways.cache_info().currsize > 0)

Point = namedtuple('Point', 'x y')
pts = [Point(3, 1), Point(1, 2), Point(2, 2)]
print(sorted(pts, key=operator.attrgetter('y', 'x')), max(pts, key=operator.itemgetter(0)))
print(functools.reduce(operator.add, map(operator.attrgetter('x'), pts)))
scores = [55, 67, 72, 88, 91, 99]
print([ 'FDCBA'[bisect.bisect([60, 70, 80, 90], s)] for s in scores])
lru = OrderedDict()
for k in 'abcadbe':
    lru[k] = True; lru.move_to_end(k)
    if len(lru) > 3: lru.popitem(last=False)
print(list(lru))
print(list(itertools.accumulate(itertools.repeat(2, 5), operator.mul)))
print(list(itertools.starmap(operator.sub, zip(range(5, 10), itertools.count()))))
window = deque(maxlen=3); avgs = []
for x in [1, 2, 3, 4, 5, 6]:
    window.append(x); avgs.append(sum(window) / len(window))
print(avgs)
print(sum(1 for _ in itertools.combinations(range(20), 3)), list(itertools.islice(itertools.cycle('xy'), 5)))
print(heapq.nlargest(3, freq.items(), key=operator.itemgetter(1)))
print(list(heapq.merge(*[sorted(range(i, 20, 3)) for i in range(3)]))[:10])
