# Iterating over strings, list(str), str of containers, reversed.
for ch in "abc":
    print(ch, end=" ")
print()
print(list("hey"), tuple("ok"), "".join(reversed("stressed")))
print([c.upper() for c in "abc" if c != "b"])
print(max("hello"), min("hello"), sorted("banana"))
print(enumerate("ab").__next__())
