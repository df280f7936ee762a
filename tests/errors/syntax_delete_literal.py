# SyntaxError: cannot delete literal.
del 5
