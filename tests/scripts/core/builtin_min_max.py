# min/max with several args, iterables, key, default, and their errors.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), max([1, 5, 3], key=lambda v: -v))
print(min([], default="empty"), max((), default=None), min([(2, "b"), (1, "z"), (1, "a")]))
print(max(["aa", "b", "cc"], key=len), min(["aa", "b", "cc"], key=len))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
