# iter(callable, sentinel) calls until the sentinel; iter/next with default.
data = [1, 2, 3, 0, 4]
pos = -1
def read():
    global pos
    pos += 1
    return data[pos]
print(list(iter(read, 0)))
it = iter([10, 20])
print(next(it), next(it), next(it, "exhausted"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
