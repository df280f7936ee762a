# A chain of 100 nested yield-from delegations passes values and sends through every level.
def leaf():
    x = yield "leaf"
    return f"leaf got {x}"
def level(n):
    if n == 0:
        return (yield from leaf())
    r = yield from level(n - 1)
    return r + "."
g = level(100)
print(next(g))
try:
    g.send("ping")
except StopIteration as e:
    print(e.value[:12], len(e.value))
