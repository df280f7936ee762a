# True division always returns a float, even for exact quotients.
print(6 / 3, 7 / 2, -7 / 2)
print(1 / 3)
print(2 / 3)
print(10 / 4, 1 / 8)
print(type(6 / 3).__name__)
print(10 ** 20 / 10 ** 10)
