# SyntaxError: cannot assign to a function call.
f() = 1
