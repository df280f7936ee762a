# split/rsplit/splitlines/partition/rpartition/join.
print("a,b,,c".split(","))
print("  a  b \t c\n".split())
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2))
print("one\ntwo\r\nthree\n".splitlines(), "x\ny\n".splitlines(True))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "abc".partition("z"))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"))
try:
    "-".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
