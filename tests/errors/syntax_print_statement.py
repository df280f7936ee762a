# SyntaxError: Python 2 print statement ("Missing parentheses in call to 'print'").
print "hello"
