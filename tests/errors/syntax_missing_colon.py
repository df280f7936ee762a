# SyntaxError: expected ':' after an if condition.
x = 1
if x > 0
    print(x)
