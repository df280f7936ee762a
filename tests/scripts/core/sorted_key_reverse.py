# sorted with key functions, reverse, tuples as keys, stability, min/max with key.
people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted([3, -1, -4, 2], key=abs), sorted([3, -1, -4, 2], key=abs, reverse=True))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
