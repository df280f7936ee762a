# Slide 24: the internal/general example — values sent to general() are printed by the internal generator running at the time
def internal(name, limit):
    for i in range(limit):
        value = yield i
        print(f"{name} got: {value}")

def general():
    yield from internal("first", 10)
    yield from internal("second", 20)

g = general()
print(next(g))
for n in range(1, 13):
    print(g.send(f"v{n}"))
g.close()
