# list methods: append, extend, insert, pop, remove, index, count, clear, copy.
xs = [3, 1, 4]
xs.append(1); xs.extend([5, 9]); xs.insert(0, 2); xs.insert(-1, 6); xs.insert(100, 7)
print(xs)
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
xs.remove(1)
print(xs, xs.index(1), xs.count(1), xs.count(42))
ys = xs.copy(); ys.clear()
print(xs, ys)
try:
    xs.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
