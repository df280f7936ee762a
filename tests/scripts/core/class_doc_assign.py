# A class's __doc__ can be assigned (it is the class dict's __doc__); not deleted, and not on a built-in type.
class Documented:
    """Original."""


class Child(Documented):
    pass


print(Documented.__doc__, Child.__doc__)
Documented.__doc__ = "Replaced."
print(Documented.__doc__, Documented().__doc__, Documented.__dict__["__doc__"], Child.__doc__)
Documented.__doc__ = None
print(Documented.__doc__)
for action in ("del", "builtin"):
    try:
        if action == "del":
            del Documented.__doc__
        else:
            int.__doc__ = "no"
    except TypeError as e:
        print(type(e).__name__, e)
