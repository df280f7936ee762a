# Chained assignment binds every target to the same object, left to right.
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
xs = [0, 0]
i = xs[i] = 1
print(i, xs)
