# enumerate with start, zip of unequal lengths, zip(*) transposition, strict mode.
for i, c in enumerate("abc", start=1):
    print(i, c)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip(range(3))))
m = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*m)))
print(dict(enumerate("xy")))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
