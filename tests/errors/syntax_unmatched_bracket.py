# SyntaxError: unmatched closing bracket.
x = [1, 2]]
