# __len__, __getitem__, __setitem__, __delitem__, __contains__ on a user container.
class Bag:
    def __init__(self):
        self.items = {}
    def __len__(self):
        return len(self.items)
    def __getitem__(self, k):
        return self.items[k]
    def __setitem__(self, k, v):
        print("set", k, v)
        self.items[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self.items[k]
    def __contains__(self, k):
        return k in self.items
b = Bag()
b["x"] = 1
b["y"] = 2
del b["x"]
print(len(b), b["y"], "y" in b, "x" in b, bool(b))
try:
    b["nope"]
except KeyError as e:
    print("KeyError:", e)
