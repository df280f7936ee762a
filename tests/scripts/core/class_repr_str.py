# __repr__ and __str__: print uses str, containers use repr, str falls back to repr.
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "a Both"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly!"
b, r = Both(), ReprOnly()
print(b, r, [b, r], (b,), {"k": b})
print(str(b), repr(b), str(r), f"{b} {b!r} {r}")
print("%s %r" % (b, b))
