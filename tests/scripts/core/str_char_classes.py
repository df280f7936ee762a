# chr/ord round trip and character predicates over a range.
letters = "".join(chr(c) for c in range(ord("a"), ord("z") + 1))
print(letters, len(letters))
print([ord(c) for c in "AZaz09"])
print("".join(c for c in "a1b2c3" if c.isdigit()))
print(sum(1 for c in "Hello World" if c.isupper()))
