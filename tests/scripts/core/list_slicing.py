# List slicing with steps, slice assignment and deletion.
xs = list(range(10))
print(xs[2:5], xs[::3], xs[::-1], xs[-2:], xs[7:2:-2])
xs[2:5] = ["a", "b"]
print(xs)
xs[::2] = [0] * len(xs[::2])
print(xs)
del xs[1:3]
print(xs)
del xs[::2]
print(xs)
ys = [1, 2, 3]
ys[1:1] = [9, 9]
ys[len(ys):] = [4]
print(ys)
try:
    ys[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
