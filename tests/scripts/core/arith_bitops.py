# &, |, ^, ~, <<, >> on small ints, with negative operands.
print(12 & 10, 12 | 10, 12 ^ 10)
print(~5, ~-6)
print(1 << 4, 256 >> 4, -17 >> 1)
print(-12 & 10, -12 | 10, -12 ^ 10)
print(0b1010 & 0b0110)
print(5 & 3 | 8 ^ 1)
