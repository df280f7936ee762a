# Floor division rounds toward negative infinity for every sign combination.
for a in (7, -7):
    for b in (2, -2):
        print(a, b, a // b)
print(0 // 5, -1 // 10, 1 // -10)
print(7.5 // 2, -7.5 // 2, 7.5 // -2)
