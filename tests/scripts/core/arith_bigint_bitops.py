# Bitwise operations and shifts on big and negative integers.
print(1 << 100)
print((1 << 100) >> 98)
print(-1 >> 10, -1024 >> 3, -1 << 70)
print((2 ** 70 - 1) & 0xFF, (2 ** 70) | 1, (2 ** 70) ^ (2 ** 70 + 5))
print(~(2 ** 70), ~0, ~-1)
print(-(2 ** 70) & 0xFFFF)
print((123456789 << 64) >> 64)
