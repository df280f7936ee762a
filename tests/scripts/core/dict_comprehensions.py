# dict comprehensions, dict(), zip into dict, inverting, nested dicts.
squares = {n: n * n for n in range(5)}
print(squares)
print({k: v for k, v in squares.items() if v % 2 == 0})
print(dict(zip("abc", range(3))), dict(a=1, b=2), dict([(1, 2), (3, 4)]))
inv = {v: k for k, v in {"x": 1, "y": 2}.items()}
print(inv)
nested = {"outer": {"inner": [1, 2]}}
nested["outer"]["inner"].append(3)
print(nested)
