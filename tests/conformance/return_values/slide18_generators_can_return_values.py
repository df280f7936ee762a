# Slide 18: generators can now return values: return expr inside a generator finishes it with that value
def gen(kind):
    yield "start"
    if kind == "number":
        return 3.5
    if kind == "tuple":
        return (1, "two")
    if kind == "list":
        return [1, 2]
    if kind == "bare":
        return
    # falling off the end returns None

for kind in ["number", "tuple", "list", "bare", "end"]:
    g = gen(kind)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(kind, repr(e.value), e.args)
