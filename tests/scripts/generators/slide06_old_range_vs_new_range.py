# Slide 6 "Simple Generators - Example 1": old_range builds a list, new_range yields one at a time.
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
print(old_range(5), list(new_range(5)))
print(type(old_range(3)).__name__, type(new_range(3)).__name__)
print(sum(old_range(LIMIT)) == sum(new_range(LIMIT)))
print(sum(new_range(LIMIT)))
