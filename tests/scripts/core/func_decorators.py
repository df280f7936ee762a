# Decorators: plain, with arguments, stacked (applied bottom-up), preserving attributes by hand.
def shout(f):
    def wrapper(*a, **k):
        return f(*a, **k).upper()
    wrapper.__name__ = f.__name__
    return wrapper
def repeat(n):
    def deco(f):
        def wrapper(*a):
            return [f(*a) for _ in range(n)]
        return wrapper
    return deco
def trace(f):
    print("decorating", f.__name__)
    return f
@trace
@shout
def hello(name):
    return "hello " + name
@repeat(3)
def one():
    return 1
print(hello("bob"), hello.__name__, one())
