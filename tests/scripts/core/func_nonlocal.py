# nonlocal rebinds a variable in the nearest enclosing function scope.
def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        print("middle sees:", x)
    middle()
    print("outer sees:", x)
outer()
def acc():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
a = acc()
print(a(5), a(10), a(-3))
