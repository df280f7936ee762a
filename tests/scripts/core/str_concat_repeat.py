# String concatenation, repetition, comparison and immutability.
a = "abc"
b = a + "def"
print(b, a * 3, 3 * "xy", "x" * 0, "x" * -1 == "")
print("abc" < "abd", "Z" < "a", "abc" < "ab", "" < "a")
print(sorted(["pear", "Apple", "banana", "apple"]))
try:
    a[0] = "z"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
