# Generators that hold themselves in their own frame (a cycle) are collected.
import gc
def g():
    me = yield
    yield me
for i in range(10000):
    x = g()
    next(x)
    x.send(x)
gc.collect()
print("ok")
