# Slide 8: next() will advance the generator until the next yield statement (the code between yields runs in steps)
def steps():
    print("  step 1")
    yield "first"
    print("  step 2")
    print("  step 3")
    yield "second"
    print("  step 4")
    yield "third"
    print("  after the last yield")

g = steps()
print("next ->", next(g))
print("next ->", next(g))
print("next ->", next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
