# Integer +, -, *, unary minus/plus and precedence.
print(1 + 2 * 3)
print((1 + 2) * 3)
print(-7 + 3, 7 - -3, +5, -(-5))
print(2 * 3 - 4 * 5)
print(10 - 2 - 3)
print(0 * -1)
