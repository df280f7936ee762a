# is vs ==, copying containers, in uses == (after identity).
a = [1, 2, 3]
b = list(a)
c = a[:]
print(a == b, a is b, a == c, a is c)
b.append(4)
print(a, b)
nan = float("nan")
print(nan in [nan], [nan] == [nan], (1, [2]) == (1, [2]))
print([] is [], () == ())
