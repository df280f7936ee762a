# Modulo takes the sign of the divisor (ints and floats).
for a in (7, -7):
    for b in (3, -3):
        print(a, b, a % b)
print(-1 % 10, 1 % -10, 0 % 3)
print(7.5 % 2, -7.5 % 2, 7.5 % -2)
print(-0.0 % 1.0, 5 % 5)
