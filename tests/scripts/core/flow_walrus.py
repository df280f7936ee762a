# Assignment expressions (:=) in while, if, comprehensions.
data = [3, 8, 1, 9, 4]
it = iter(data)
while (n := next(it, None)) is not None:
    if n > 5:
        print("big", n)
if (count := len(data)) > 3:
    print("count", count)
print([y for x in data if (y := x * 2) > 6], y)
print((z := 10) + z)
