# Slide 25: yield from makes it easier to refactor generators: splitting a generator into sub-generators keeps its behaviour
def monolithic():
    total = 0
    for i in range(3):
        x = yield f"header {i}"
        total += x or 0
    for i in range(2):
        x = yield f"body {i}"
        total += x or 0
    return total

def header():
    total = 0
    for i in range(3):
        x = yield f"header {i}"
        total += x or 0
    return total

def body():
    total = 0
    for i in range(2):
        x = yield f"body {i}"
        total += x or 0
    return total

def refactored():
    a = yield from header()
    b = yield from body()
    return a + b

def drive(g):
    out = [next(g)]
    try:
        n = 1
        while True:
            out.append(g.send(n))
            n += 1
    except StopIteration as e:
        out.append(("result", e.value))
    return out

print(drive(monolithic()))
print(drive(refactored()))
print(drive(monolithic()) == drive(refactored()))
