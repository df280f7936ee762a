# str search methods: find, rfind, index, count, startswith/endswith (tuple), in.
s = "abracadabra"
print(s.find("bra"), s.rfind("bra"), s.find("x"), s.find("a", 4), s.find("a", 4, 6))
print(s.index("cad"), s.rindex("a"), s.count("a"), s.count("abra"), s.count(""))
print(s.startswith("abra"), s.endswith("bra"), s.startswith(("x", "ab")), s.endswith("a", 0, 4))
print("cad" in s, "dac" in s, "" in s)
try:
    s.index("zzz")
except ValueError as e:
    print("ValueError:", e)
