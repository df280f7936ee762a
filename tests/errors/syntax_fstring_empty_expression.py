# SyntaxError: f-string: empty expression not allowed.
x = f"value: {}"
