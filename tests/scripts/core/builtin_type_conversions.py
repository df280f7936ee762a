# Conversions between builtin types: list/tuple/set/dict/str/int/float/bool.
print(list("abc"), tuple([1, 2]), sorted(set([3, 3, 1])), dict([("a", 1)]), str(12), int("12"), float("1.5"))
print(list({1: "a", 2: "b"}), list({1: "a"}.items()), bool([]), bool(" "), str(3.0), int(-0.5))
print(list(range(3)) == [0, 1, 2], tuple("ab") == ("a", "b"))
