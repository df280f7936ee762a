# Slide 24 "yield from - Example", run to exhaustion: 30 values, then StopIteration.
def internal(name, limit):
    for i in range(limit):
        value = yield i
        print(f"{name} got: {value}")
def general():
    yield from internal("first", 10)
    yield from internal("second", 20)
g = general()
values = [next(g)]
try:
    while True:
        values.append(g.send(len(values)))
except StopIteration as e:
    print("done, value =", e.value)
print(len(values), values[:3], values[-3:])
