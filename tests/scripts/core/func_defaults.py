# Default argument values are evaluated once, at definition time.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("A"), greet("B", "Hi"), greet("C", punct="?"))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2))
def safe(x, acc=None):
    acc = [] if acc is None else acc
    acc.append(x)
    return acc
print(safe(1), safe(2))
k = 5
def show(v=k):
    return v
k = 6
print(show())
