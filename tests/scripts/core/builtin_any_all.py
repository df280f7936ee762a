# any/all with short-circuiting over generators, and on empty iterables.
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]))
def check(x):
    print("checking", x)
    return x > 2
print(any(check(x) for x in range(10)))
print(all(check(x) for x in [5, 4, 1, 7]))
