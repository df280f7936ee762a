# Slide 24 "yield from - Example": general() delegates to internal("first", 10) then internal("second", 20).
def internal(name, limit):
    for i in range(limit):
        value = yield i
        print(f"{name} got: {value}")
def general():
    yield from internal("first", 10)
    yield from internal("second", 20)
g = general()
print(next(g))
for n in range(1, 12):
    print("yielded", g.send(f"value {n}"))
g.close()
