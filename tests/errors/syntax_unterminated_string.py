# SyntaxError: unterminated string literal.
s = "abc
