# Mutating a dict while iterating raises RuntimeError; iterate over a copy instead.
d = {1: "a", 2: "b", 3: "c"}
try:
    for k in d:
        d[k + 10] = "x"
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: "a", 2: "b", 3: "c"}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
