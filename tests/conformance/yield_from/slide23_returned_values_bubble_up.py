# Slide 23: returned values bubble up: each level gets the return value of the level below as the value of its yield from
def depth3():
    yield "deepest"
    return 3

def depth2():
    r = yield from depth3()
    print("depth2 got", r)
    return r + 20

def depth1():
    r = yield from depth2()
    print("depth1 got", r)
    return r + 100

g = depth1()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("caller gets", e.value)
