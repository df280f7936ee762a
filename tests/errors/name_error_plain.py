# NameError with no close match: no suggestion line.
def f():
    return zzzqqq_undefined + 1
f()
