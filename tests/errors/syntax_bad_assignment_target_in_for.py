# SyntaxError: cannot assign to a function call in a for target.
for f() in range(3):
    pass
