# SyntaxError: keyword argument repeated.
print(1, sep="", sep="-")
