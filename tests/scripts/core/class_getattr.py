# __getattr__ is called only for missing attributes; __getattribute__-free delegation.
class Proxy:
    def __init__(self, target):
        self.target = target
    def __getattr__(self, name):
        print("forwarding", name)
        return getattr(self.target, name)
p = Proxy([3, 1, 2])
p.append(0)
print(p.target, p.count(1))
class Dyn:
    real = "real"
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(name)
d = Dyn()
print(d.real, d.xyz, getattr(d, "nope", "default"), hasattr(d, "nope"))
