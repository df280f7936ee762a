# Slide 34: generators and coroutines share the code object: co_flags tell a generator, a coroutine, an async generator and a @types.coroutine apart
import inspect
import types

def gen():
    yield

async def coro():
    pass

async def agen():
    yield

@types.coroutine
def gen_coro():
    yield

for f in (gen, coro, agen, gen_coro):
    flags = f.__code__.co_flags
    print(f.__name__,
          bool(flags & inspect.CO_GENERATOR),
          bool(flags & inspect.CO_COROUTINE),
          bool(flags & inspect.CO_ASYNC_GENERATOR),
          bool(flags & inspect.CO_ITERABLE_COROUTINE))
print(type(gen_coro()).__name__)
