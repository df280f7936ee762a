# SyntaxError: invalid character (a non-ASCII symbol in code).
price = 5 € 3
