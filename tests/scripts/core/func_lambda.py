# Lambdas: immediate calls, defaults, closures, in sort keys and map.
print((lambda x, y=2: x * y)(5), (lambda: "none")())
sq = lambda n: n * n
print(sq(7), sq.__name__, list(map(lambda s: s[::-1], ["ab", "cd"])))
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda n: n + 1)(3))
print((lambda *a, **k: (a, k))(1, b=2))
