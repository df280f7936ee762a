# Slide 21: the for-loop picture is only an approximation: send() values and the return value pass through yield from but not through the loop
def inner():
    received = yield "inner ready"
    print("inner received", repr(received))
    return "inner result"

def with_yield_from():
    result = yield from inner()
    print("yield from gives", repr(result))

def with_for():
    for e in inner():
        result = yield e
        print("the for loop received", repr(result))

for make in (with_yield_from, with_for):
    print("--", make.__name__)
    g = make()
    print(next(g))
    try:
        g.send("hello")
    except StopIteration:
        print("finished")
