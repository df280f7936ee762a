# SyntaxError: cannot use assignment expressions with attribute.
class C: pass
if (C.x := 1):
    pass
