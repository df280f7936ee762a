# Unicode strings: len counts code points; indexing, slicing, ord/chr beyond ASCII.
s = "héllo wörld ✓ 日本"
print(len(s), s[1], s[-1], s[12], s[6:11])
print(s.upper())
print(ord("é"), ord("✓"), chr(26085), chr(233))
print(s[::-1])
print("日本" * 3, "ü" in s)
print(len("😀"), ord("😀"))
