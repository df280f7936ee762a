# Missing keys raise KeyError whose str is the repr of the key; `in` and get avoid it.
d = {"k": 1, 2: "two", (1, 2): "t"}
for key in ["k", "missing", 3, (1, 2), (3, 4)]:
    try:
        print(key, "->", d[key])
    except KeyError as e:
        print("KeyError", e, e.args)
print("k" in d, "x" in d, 2 in d)
try:
    {}[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
