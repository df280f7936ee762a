# Slide 11: a generator that yields again after .close() raised GeneratorExit makes close() raise RuntimeError
def stubborn():
    for i in range(2):
        try:
            yield f"still here {i}"
        except GeneratorExit:
            print("ignoring GeneratorExit")

g = stubborn()
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print(list(g))

def finisher():
    try:
        yield 1
    except GeneratorExit:
        print("finisher returns instead")
        return "ignored value"

g = finisher()
next(g)
print(repr(g.close()))

def swaps():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("raised during close")

g = swaps()
next(g)
try:
    g.close()
except ValueError as e:
    print(type(e).__name__, e)
