# Wrong argument counts and names raise TypeError with CPython's messages.
def f(a, b):
    return a + b
for call in (lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, c=2), lambda: f(1, 2, a=3)):
    try:
        call()
    except TypeError as e:
        print(e)
def g():
    pass
try:
    g(1)
except TypeError as e:
    print(e)
