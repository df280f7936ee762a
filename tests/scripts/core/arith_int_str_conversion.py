# str() and repr() of ints, int() parsing errors.
print(str(-12345), repr(2 ** 90))
for s in ("12a", "", "1.5", "0x10"):
    try:
        int(s)
    except ValueError as e:
        print(e)
print(int("0x10", 0), int("0o10", 0), int("10", 0), int("1_000"))
