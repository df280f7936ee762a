# SyntaxError: an opening parenthesis that is never closed.
print("ok")
x = (1,
     2,
