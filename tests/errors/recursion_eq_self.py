# An __eq__ that compares self with itself: RecursionError, no stack overflow.
class A:
    def __eq__(self, other):
        return self == other
A() == A()
