# yield as an expression: bare yield gives None, yield in arguments, parenthesised yield.
def g():
    x = yield
    print("x =", x)
    y = yield x, "tuple"
    print("y =", y)
    print("in call:", (yield "value for call"))
    z = (yield) or "default"
    print("z =", z)
gen = g()
print(next(gen))
print(gen.send("one"))
print(gen.send("two"))
print(gen.send("three"))
try:
    gen.send(None)
except StopIteration:
    print("done")
