# Comparing two 100,000-deep nested lists: RecursionError, no stack overflow.
x = []
y = []
for i in range(100000):
    x = [x]
    y = [y]
print(x == y)
