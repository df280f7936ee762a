# Integers are unbounded: factorials, powers and mixed big/small arithmetic.
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(2 ** 100)
print(2 ** 100 - 2 ** 99 == 2 ** 99)
print((2 ** 64 + 1) * (2 ** 64 - 1))
print(-(2 ** 70))
print(10 ** 30 // 7, 10 ** 30 % 7)
print(-(10 ** 30) // 7, -(10 ** 30) % 7)
print(9223372036854775807 + 1)
print(-9223372036854775808 - 1)
print(4611686018427387903 + 1, 4611686018427387904 * 2)
