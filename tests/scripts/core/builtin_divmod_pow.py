# divmod and pow, including modular pow with big ints and negative exponents.
print(divmod(100, 7), divmod(-100, 7), divmod(2 ** 80, 3 ** 20))
print(pow(3, 4), pow(2, -2), pow(7, 128, 13), pow(2, 2 ** 70, 1000003), pow(-2, 3))
print(pow(38, -1, 97), 38 * pow(38, -1, 97) % 97)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
