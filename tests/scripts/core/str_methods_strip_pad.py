# strip family, padding and justification.
s = "  xx hello xx  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhelloxx".strip("x"), "abcHELLOcba".strip("abc"))
print(repr("ab".center(7, "*")), repr("ab".ljust(5)), repr("ab".rjust(5, "-")))
print("42".zfill(6), "-42".zfill(6), "+7".zfill(4))
print("prefix_name".removeprefix("prefix_"), "file.py".removesuffix(".py"))
print(repr("a\tb".expandtabs(4)))
