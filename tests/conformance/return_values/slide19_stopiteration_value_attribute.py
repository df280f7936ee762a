# Slide 19: StopIteration.value is the first argument of StopIteration, or None; it is writable like any attribute
e = StopIteration()
print(repr(e.value), e.args)
e = StopIteration(42)
print(e.value, e.args)
e = StopIteration(1, 2)
print(e.value, e.args)
e.value = "changed"
print(e.value, e.args)

def gen():
    return None
    yield

try:
    next(gen())
except StopIteration as e:
    print("returned None ->", repr(e.value), e.args)
