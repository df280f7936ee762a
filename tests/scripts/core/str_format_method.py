# str.format: positional, indexed, keyword, attribute/index access, specs.
print("{} {}".format("a", "b"))
print("{1} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="Bob", age=5))
print("{0[1]} {1[k]}".format([10, 20], {"k": "v"}))
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"))
print("{:08.3f} {:,} {!r}".format(3.14159, 10 ** 9, "q"))
print("{{}} {}".format(1))
print(format(3.5, ".3f"), format(42, "b"), format("s", "^5"))
