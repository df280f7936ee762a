# Slide 19: StopIteration.value contains the result of the return statement
def gen():
    yield 1
    yield 2
    return 42

g = gen()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)
    print("args:", e.args)
    print("str:", str(e))
    print("repr:", repr(e))
