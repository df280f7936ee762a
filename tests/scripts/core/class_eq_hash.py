# __eq__ without __hash__ makes instances unhashable; defining both allows dict/set use.
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return isinstance(o, P) and self.x == o.x
    def __hash__(self):
        return hash(self.x)
class NoHash:
    def __eq__(self, o):
        return True
print(P(1) == P(1), len({P(1), P(1), P(2)}), {P(5): "five"}[P(5)])
print(NoHash.__hash__ is None)
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
a = Plain()
print(a == a, a == Plain(), {a: 1}[a])
