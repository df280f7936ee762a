# Slide 25: yield from does not accept a native coroutine in a plain generator, but a @types.coroutine generator may delegate to it
import types

async def native():
    return "native result"

def plain(awaitable):
    r = yield from awaitable
    return r

c = native()
g = plain(c)
try:
    next(g)
except TypeError as e:
    print(type(e).__name__, e)
c.close()

@types.coroutine
def bridge():
    r = yield from native()
    return r

try:
    next(bridge())
except StopIteration as e:
    print("bridge returned", e.value)
