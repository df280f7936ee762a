# sum with start, of floats, of lists via start=[]; abs and round on many types.
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2, 3]], []))
print(sum(x * x for x in range(10)), sum([], 5), sum([True, True]))
print(abs(-7), abs(-7.25), abs(3 - 5), round(2.5), round(3.5), round(-2.675, 2), round(0.1 + 0.2, 10))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
