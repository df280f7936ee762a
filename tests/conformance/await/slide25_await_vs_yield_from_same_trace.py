# Slide 25: the same delegation written with yield from (generators) and with await (coroutines) gives the same trace
import types

def gen_leaf():
    x = yield "leaf"
    return x * 2

def gen_mid():
    r = yield from gen_leaf()
    return r + 1

@types.coroutine
def coro_leaf():
    x = yield "leaf"
    return x * 2

async def coro_mid():
    r = await coro_leaf()
    return r + 1

for obj in (gen_mid(), coro_mid()):
    first = obj.send(None)
    try:
        obj.send(20)
    except StopIteration as e:
        print(type(obj).__name__, first, e.value)
