# Tracebacks through a list comprehension frame and a lambda frame.
inverse = lambda x: 1 / x
print([inverse(x) for x in [1, 2, 0]])
