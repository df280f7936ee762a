# divmod, abs and round (banker's rounding, ndigits).
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(7.5, 2))
print(abs(-3), abs(3.5), abs(-(2 ** 80)), abs(-0.0))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(3.14159, 2), round(2.675, 2), round(1234, -2), round(1250, -2))
print(round(7), type(round(7.6)).__name__, round(7.6))
