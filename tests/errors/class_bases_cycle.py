# Assigning a subclass as a class's base is an inheritance cycle: TypeError with its traceback.
class Base:
    pass


class Derived(Base):
    pass


def rebase(cls, *bases):
    cls.__bases__ = bases


rebase(Base, Derived)
