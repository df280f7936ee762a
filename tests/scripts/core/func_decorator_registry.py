# A decorator that registers functions in a dict and returns them unchanged.
registry = {}
def register(name):
    def deco(f):
        registry[name] = f
        return f
    return deco
@register("double")
def d(x): return 2 * x
@register("neg")
def n(x): return -x
print(sorted(registry), registry["double"](4), registry["neg"](4), d(1))
