# encode/decode and bytes basics (repr, indexing, slicing).
s = "héllo"
b = s.encode("utf-8")
print(b, len(b), b[0], b[1:3])
print(b.decode("utf-8") == s)
print(b"abc" + b"def", b"ab" * 2, list(b"AZ"))
print(bytes([72, 105]), bytes(3), b"x\x00y")
print(b"hello".upper(), b"a,b".split(b","))
