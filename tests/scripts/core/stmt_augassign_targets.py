# Augmented assignment on attributes and subscripts evaluates the target expression once.
class O:
    def __init__(self):
        self.n = 1
        self.items = [1, 2]
o = O()
o.n += 10
o.items += [3]
o.items[0] *= 100
print(o.n, o.items)
d = {"k": 1}
d["k"] += 1
d.setdefault("new", []).append(5)
print(d)
calls = []
def key():
    calls.append("key")
    return 0
xs = [5]
xs[key()] += 1
print(xs, calls)
grid = [[1, 2], [3, 4]]
grid[1][0] -= 10
print(grid)
