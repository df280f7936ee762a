# Slide 7 "Simple Generators - Example 2": total = sum(new_range(LIMIT)) equals the hand-written while loop.
LIMIT = 1_000_000
def new_range(n):
    i = 0
    while i < n:
        yield i
        i += 1
total = sum(new_range(LIMIT))
print("Do:", total)
total = 0
i = 0
while i < LIMIT:
    total += i
    i += 1
print("Don't:", total)
