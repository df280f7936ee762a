# Slide 23: .send() is passed along the chain: values sent to the outer generator reach the internal one
def internal():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        print("  internal adds", value)
        total += value

def middle():
    result = yield from internal()
    print("  middle got result", result)
    return result * 2

def outer():
    result = yield from middle()
    yield f"outer got {result}"

g = outer()
print(next(g))
print(g.send(1))
print(g.send(2))
print(g.send(3))
print(g.send(None))
