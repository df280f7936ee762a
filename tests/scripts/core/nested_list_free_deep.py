# Freeing a 1,000,000-deep nested list (and dict) must not overflow the C stack.
x = []
for i in range(1000000):
    x = [x]
del x
d = {}
for i in range(1000000):
    d = {"k": d}
del d
print("freed")
