# Slide 20: yield from gets the elements from an iterable and delegates to a sub-generator
def sub(n):
    for i in range(n):
        yield f"sub{n}-{i}"

def delegator():
    yield "start"
    yield from sub(2)
    yield from ["x", "y"]
    yield from sub(3)
    yield "end"

for item in delegator():
    print(item)
