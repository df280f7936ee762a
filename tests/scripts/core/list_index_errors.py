# Out-of-range and wrong-type list indices raise IndexError/TypeError with CPython's messages.
xs = [1, 2, 3]
for i in [3, -4]:
    try:
        xs[i]
    except IndexError as e:
        print("IndexError:", e)
try:
    xs[5] = 0
except IndexError as e:
    print("IndexError:", e)
try:
    xs["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2)[2]
except IndexError as e:
    print("IndexError:", e)
print(xs[True], xs[-3])
