# replace with counts, translate-free transforms, predicates.
print("aaaa".replace("a", "b"), "aaaa".replace("a", "b", 2), "abc".replace("", "-"))
print("hello".replace("l", ""), "mississippi".replace("ss", "SS"))
print("123".isdigit(), "12a".isdigit(), "abc".isalpha(), "ab1".isalnum(), " \t".isspace())
print("".isdigit(), "x".isidentifier(), "1x".isidentifier(), "Ab".isascii())
print(str.maketrans("ab", "xy") == {97: 120, 98: 121}, "abc".translate(str.maketrans("ab", "xy")))
