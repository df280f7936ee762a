# Slide 34: generators and coroutines are conceptually different but share implementation details (the same methods and states)
import inspect

def gen():
    yield 1

async def coro():
    pass

g, c = gen(), coro()
for name in ("send", "throw", "close"):
    print(name, hasattr(g, name), hasattr(c, name))
print(inspect.getgeneratorstate(g), inspect.getcoroutinestate(c))
print(g.gi_running, c.cr_running, g.gi_frame is not None, c.cr_frame is not None)
print(g.gi_code.co_name, c.cr_code.co_name)
print("iterable:", hasattr(g, "__iter__"), hasattr(c, "__iter__"))
print("awaitable:", inspect.isawaitable(g), inspect.isawaitable(c))
g.close()
c.close()
print(inspect.getgeneratorstate(g), inspect.getcoroutinestate(c))
