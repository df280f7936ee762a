# // and % of tagged small ints are computed inline: signs, zero divisors,
# the ends of the tagged range and big-int neighbours must match CPython.
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 2**61, -2**61, 2**62 - 1, -2**62, 2**62, 2**63, -2**63 - 5]
for x in vals:
    row = []
    for y in vals:
        if y == 0:
            for op in (lambda: x % y, lambda: x // y):
                try:
                    op()
                except ZeroDivisionError as e:
                    row.append(str(e))
            continue
        a = x
        a %= y
        b = x
        b //= y
        row.append((x % y, x // y, a, b, divmod(x, y)))
    print(x, row)
