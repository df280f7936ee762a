# type.__subclasses__(): the direct subclasses, in creation order, for classes with several bases and for built-in bases.
def names(classes):
    return [c.__name__ for c in classes]


class Root:
    pass


class Left(Root):
    pass


class Right(Root):
    pass


class Both(Left, Right):
    pass


class Leaf(Both):
    pass


print(names(Root.__subclasses__()), names(Left.__subclasses__()), names(Right.__subclasses__()))
print(names(Both.__subclasses__()), names(Leaf.__subclasses__()))
print(type(Root.__subclasses__()).__name__, Root.__subclasses__() is Root.__subclasses__())


class MyList(list):
    pass


class MyError(ValueError):
    pass


print(MyList in list.__subclasses__(), MyError in ValueError.__subclasses__(), Root in object.__subclasses__())
print(bool in int.__subclasses__(), ZeroDivisionError in ArithmeticError.__subclasses__())
print(type.__subclasses__(Root) == Root.__subclasses__())

# A class made by type() is registered too.
Made = type("Made", (Left,), {})
print(names(Left.__subclasses__()))
