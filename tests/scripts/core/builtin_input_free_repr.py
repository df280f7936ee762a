# repr() builtin, ascii(), and str.join over map(repr).
print(repr([1, "2"]), ascii("é"), ascii(["ü"]), ", ".join(map(repr, [None, "s", 1.5])))
