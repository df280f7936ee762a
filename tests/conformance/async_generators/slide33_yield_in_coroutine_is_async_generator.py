# Slide 33: since Python 3.6 a coroutine (async def) may contain yield: it becomes an asynchronous generator
import inspect

async def coroutine():
    return 1

async def async_generator():
    yield 1

print(type(coroutine).__name__, type(async_generator).__name__)
c = coroutine()
ag = async_generator()
print(type(c).__name__, type(ag).__name__)
print(inspect.iscoroutinefunction(coroutine), inspect.isasyncgenfunction(async_generator))
print(inspect.iscoroutinefunction(async_generator), inspect.isasyncgenfunction(coroutine))
print(hasattr(ag, "__aiter__"), hasattr(ag, "__anext__"), hasattr(ag, "__next__"), hasattr(ag, "send"))
c.close()
