# dict methods: get, setdefault, pop, popitem, update, keys/values/items, copy, fromkeys.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("c", 3), d.setdefault("a", 99), d)
print(d.pop("b"), d.pop("zz", "dflt"), d)
d.update({"x": 10}, y=20)
d.update([("z", 30)])
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.popitem(), d)
e = d.copy(); e["new"] = 1
print(len(d), len(e), dict.fromkeys("ab", 0), dict.fromkeys([1, 2]))
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
