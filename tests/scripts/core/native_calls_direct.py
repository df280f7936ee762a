# Calls of builtins and of native methods take a direct path when the
# arguments fit as they are; everything else must behave as before.
items = []
for i in range(3):
    items.append(i)
print(items, len(items), str.upper("abc"), list.append(items, 9), items)

class MyList(list):
    def append(self, x):
        super().append(x * 10)

m = MyList()
m.append(1)
list.append(m, 2)          # the descriptor with a subclass instance
print(m, type(m).__name__)

m.append = lambda x: print("instance attribute wins:", x)
m.append(3)

for bad in (lambda: len(), lambda: len(1, 2), lambda: items.append(), lambda: items.append(1, 2),
            lambda: list.append(), lambda: list.append("str", 1), lambda: abs("x"), lambda: len(5),
            lambda: items.pop(10), lambda: "a".join([1])):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

def recurse(n):
    return len([recurse(n + 1)]) if n < 10_000 else n

try:
    recurse(0)
except RecursionError as e:
    print("RecursionError", e)

print(isinstance(3, int), getattr(items, "count")(1), sorted([3, 1, 2]), max(1, 5, 3), "x".center(5, "*"))
