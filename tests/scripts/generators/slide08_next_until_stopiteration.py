# Slide 8 "Simple Generators": next() advances to the next yield, then StopIteration when exhausted.
def new_range(n):
    i = 0
    while i < n:
        print("  producing", i)
        yield i
        i += 1
    print("  no more elements")
g = new_range(3)
print("created, nothing ran yet")
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration raised")
