# What async def creates: coroutine functions, coroutines, async generator functions, and their types.
async def coro_fn():
    return 1
async def agen_fn():
    yield 1
c = coro_fn()
g = agen_fn()
print(type(c).__name__, type(g).__name__, type(coro_fn).__name__)
print(hasattr(c, "send"), hasattr(g, "asend"), hasattr(g, "send"))
c.close()
print(c.cr_frame)
