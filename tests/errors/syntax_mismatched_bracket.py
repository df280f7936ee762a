# SyntaxError: closing bracket does not match the opening one.
x = (1, 2]
