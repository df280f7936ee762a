# dict views are live, support len/in/iteration and set operations on keys.
d = {"a": 1, "b": 2}
ks, vs, its = d.keys(), d.values(), d.items()
d["c"] = 3
print(len(ks), "c" in ks, 3 in vs, ("a", 1) in its)
print(list(ks), list(vs), list(its))
print(sorted(d.keys() & {"a", "z"}), sorted(d.keys() - {"a"}), sorted(d.keys() | {"q"}))
print(d == {"c": 3, "b": 2, "a": 1}, d != {"a": 1})
