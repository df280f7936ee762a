# SyntaxError: positional argument follows keyword argument.
print(end="", "x")
