# Slide 6: Example 1 — old_range builds the whole list ("Don't"), new_range yields one number at a time ("Do")
LIMIT = 1_000_000

def old_range(n):
    numbers = []
    i = 0
    while i < n:
        numbers.append(i)
        i += 1
    return numbers

def new_range(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(type(old_range(3)).__name__, old_range(5))
print(type(new_range(3)).__name__, list(new_range(5)))
print(list(new_range(10)) == old_range(10))
print(sum(old_range(LIMIT)) == sum(new_range(LIMIT)))
print(list(new_range(0)), old_range(0))
