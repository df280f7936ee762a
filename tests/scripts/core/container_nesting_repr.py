# repr of nested containers, including a list that contains itself.
a = [1, [2, [3, []]]]
print(a)
b = [1, 2]
b.append(b)
print(b)
d = {"self": None}
d["self"] = d
print(d)
print([(), (1,), [()], {1: ()}])
