# bool is a subclass of int: arithmetic on True/False.
print(True + True, True * 10, False - 1)
print(isinstance(True, int), issubclass(bool, int))
print(True == 1, False == 0, (True == 1) == True)
print(sum([True, True, False, True]))
print(bool(0), bool(-1), bool(0.0), bool(""), bool("a"), bool([]), bool([0]))
print(True & False, True | False, True ^ True, ~True)
print(repr(True), str(False))
