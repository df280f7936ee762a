# Slide 18: yield from can get the value returned by the internal generator (the value of the expression)
def internal():
    yield 1
    yield 2
    return "internal result"

def outer():
    result = yield from internal()
    print("outer got:", result)
    result = yield from [3]
    print("a list returns:", result)
    return "outer result"

g = outer()
print(list(g))

def collect():
    r = yield from outer()
    yield r

print(list(collect()))
