# Slide 25: like gi_yieldfrom for yield from, cr_await shows what a suspended coroutine awaits
class Pause:
    def __await__(self):
        yield

async def inner():
    await Pause()

async def outer(c):
    await c

i = inner()
o = outer(i)
print(o.cr_await is None)
o.send(None)
print(o.cr_await is i)
print(type(i.cr_await).__name__)
o.close()
print(o.cr_await is None)
