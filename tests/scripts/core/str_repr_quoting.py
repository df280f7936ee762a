# repr of strings picks quotes like CPython and escapes control characters.
print(repr("plain"))
print(repr("it's"))
print(repr('say "hi"'))
print(repr("both ' and \""))
print(repr("tab\there\nnewline\\backslash"))
print(repr("\x00\x7f\x1b"), repr("é✓"), repr("\u200b"))
print(["a", "b'c"], ("x",), {"k": "v"})
