# Slide 25: coroutines are not generators: they are not iterable and have no __next__, so only await (not for/next) runs them
async def coro():
    return 1

c = coro()
for attempt in (lambda: iter(c), lambda: next(c), lambda: list(c)):
    try:
        attempt()
    except TypeError as e:
        print(type(e).__name__, e)
print(hasattr(c, "__next__"), hasattr(c, "__iter__"), hasattr(c, "__await__"))
c.close()
