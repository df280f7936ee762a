# map with several iterables, filter with None and a function; both are lazy.
print(list(map(pow, [2, 3, 4], [3, 2, 1])))
print(list(map(str.upper, "abc")), list(filter(lambda x: x % 3 == 0, range(10))))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
def noisy(x):
    print("called", x)
    return x * 10
m = map(noisy, [1, 2, 3])
print("map created")
print(next(m))
print(list(m))
