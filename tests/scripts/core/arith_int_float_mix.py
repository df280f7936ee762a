# Mixing int and float promotes to float; int() truncates toward zero.
print(1 + 2.0, 3 * 1.5, 10 - 0.5)
print(int(3.9), int(-3.9), int("42"), int(" -7 "))
print(float(3), float("2.5"), float("-inf"), float("nan"))
print(int("ff", 16), int("0x1F", 16), int("777", 8), int("1010", 2), int("z", 36))
print(int(True), int(2 ** 70 + 0.0) == 2 ** 70)
print(3 == 3.0, 0.1 + 0.2 == 0.3)
