# Assigning a name anywhere in a function makes it local: reading it first raises UnboundLocalError.
x = 10
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 5
    return x
print(f())
print(issubclass(UnboundLocalError, NameError))
