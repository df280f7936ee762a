# __setattr__ and __delattr__ intercept assignments; object.__setattr__ stores.
class Logged:
    def __setattr__(self, name, value):
        print("set", name, "=", value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
o = Logged()
o.a = 1
o.a += 1
print(o.a)
del o.a
print(hasattr(o, "a"))
