# Messages of common builtin errors (caught and printed).
nothing = None
tests = [
    lambda: [1][5],
    lambda: {}["k"],
    lambda: int("abc"),
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: len(5),
    lambda: nothing(),
    lambda: [].pop(),
    lambda: undefined_name,
    lambda: (1).x,
    lambda: float("pi"),
    lambda: chr(-1),
    lambda: [1, 2].index(9),
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: "abc" * "x",
    lambda: hash([]),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
