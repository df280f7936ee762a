# Functions as values: passing, returning, storing in containers.
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1))
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
s = "  Hello World  "
for step in pipeline:
    s = step(s)
print(s)
print(list(map(len, ["a", "bb", "ccc"])), list(filter(None, [0, 1, "", "x"])))
