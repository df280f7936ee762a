# A __repr__ that calls repr(self): RecursionError, no stack overflow.
class A:
    def __repr__(self):
        return repr(self)
repr(A())
