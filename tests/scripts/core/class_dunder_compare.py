# Rich comparisons, reflected comparisons, and sorting user objects by __lt__.
class Ver:
    def __init__(self, s):
        self.t = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.t == o.t
    def __lt__(self, o):
        return self.t < o.t
    def __le__(self, o):
        return self.t <= o.t
    def __repr__(self):
        return "Ver(" + ".".join(map(str, self.t)) + ")"
vs = [Ver("1.10"), Ver("1.2"), Ver("0.9.9")]
print(sorted(vs), max(vs), min(vs))
print(Ver("1.0") == Ver("1.0"), Ver("1.0") != Ver("1.0"), Ver("2") > Ver("1"), Ver("1") >= Ver("1"))
class Anything:
    pass
try:
    Anything() < Anything()
except TypeError as e:
    print("TypeError:", e)
