# Slide 30: the loop schedules coroutines: iscoroutinefunction tells them from generators (asyncio.iscoroutine still accepts generator objects in 3.11)
import asyncio
import inspect

async def coro_fn():
    pass

def gen_fn():
    yield

c = coro_fn()
g = gen_fn()
print(asyncio.iscoroutinefunction(coro_fn), asyncio.iscoroutinefunction(gen_fn))
print(asyncio.iscoroutine(c), asyncio.iscoroutine(g))
print(inspect.iscoroutine(c), inspect.isgenerator(g), inspect.isawaitable(c))
c.close()
g.close()
