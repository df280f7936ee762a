# Coroutines are not iterators: iter() and next() on them raise TypeError; the coroutine is then closed.
async def f():
    return 1
c = f()
try:
    iter(c)
except TypeError as e:
    print("TypeError:", e)
try:
    next(c)
except TypeError as e:
    print("TypeError:", e)
print(hasattr(c, "__await__"), hasattr(c, "send"), hasattr(c, "__next__"))
c.close()
