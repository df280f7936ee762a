# SyntaxError: unterminated triple-quoted string literal.
x = 1
s = """never
closed
