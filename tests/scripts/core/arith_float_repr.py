# Float repr is the shortest string that round-trips.
print(0.1, 0.2, 0.1 + 0.2)
print(1.0, -0.0, 100.0, 1e16, 1e-5, 1.5e300)
print(123456789.123456789)
print(1 / 7)
print(2.5e-10, 1e22, 1e15, 12345678901234567890.0)
print(float("inf"), -float("inf"), float("nan"))
print(repr(3.0), str(3.25))
