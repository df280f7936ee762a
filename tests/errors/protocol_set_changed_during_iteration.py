# Adding to a set while iterating over it: RuntimeError.
s = {1, 2}
for x in s:
    s.add(x + 10)
