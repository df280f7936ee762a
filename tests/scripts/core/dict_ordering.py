# dicts keep insertion order; re-assigning keeps the position, deleting and re-adding moves it to the end.
d = {}
for k in ["one", "two", "three", "four"]:
    d[k] = len(k)
print(d)
d["two"] = 22
print(list(d))
del d["one"]
d["one"] = 1
print(list(d), list(reversed(d)))
print({1: "a", 1.0: "b", True: "c"})
