# inf and nan arithmetic and comparisons.
inf = float("inf")
nan = float("nan")
print(inf + 1, inf * -1, inf - inf)
print(nan == nan, nan != nan, nan < 1, nan > 1)
print(inf > 10 ** 400, -inf < -(10 ** 400))
x = nan
print(x is x, [x] == [x])
print(1e308 * 10)
