# SyntaxError: plain "invalid syntax" for a doubled operator.
x = = 1
