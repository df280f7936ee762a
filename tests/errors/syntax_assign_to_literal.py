# SyntaxError: cannot assign to a literal (with the "Maybe you meant '=='" hint).
1 = x
