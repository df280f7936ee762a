# Slide 25: yield from allows delegating recursively to sub-generators (a tree walk)
def walk(tree, depth=0):
    label, children = tree
    yield "  " * depth + label
    for child in children:
        yield from walk(child, depth + 1)

tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])])])
for line in walk(tree):
    print(line)

def count(tree):
    label, children = tree
    n = 1
    for child in children:
        n += yield from count(child)
    yield label
    return n

g = count(tree)
print(list(g))
g = count(tree)
try:
    while True:
        next(g)
except StopIteration as e:
    print("nodes:", e.value)
