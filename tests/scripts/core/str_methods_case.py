# str case methods: upper, lower, capitalize, title, swapcase, casefold.
s = "hello World, it's PYTHON"
print(s.upper())
print(s.lower())
print(s.capitalize())
print(s.title())
print(s.swapcase())
print("Straße".casefold(), "ABC".casefold())
print("abc".isupper(), "ABC".isupper(), "Abc".istitle(), "abc".islower())
