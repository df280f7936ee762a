# Slide 7: Example 2 — total = sum(new_range(LIMIT)) ("Do") equals the hand-written while loop ("Don't")
LIMIT = 1_000_000

def new_range(n):
    i = 0
    while i < n:
        yield i
        i += 1

total = sum(new_range(LIMIT))
print(total)

total = 0
i = 0
while i < LIMIT:
    total += i
    i += 1
print(total)
print(sum(new_range(LIMIT)) == LIMIT * (LIMIT - 1) // 2)
