# dict | and |= merge operators, ** merging, equality ignores order.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a)
a |= b
print(a)
print({**b, **{"w": 0}})
print({1: 2, 3: 4} == {3: 4, 1: 2})
