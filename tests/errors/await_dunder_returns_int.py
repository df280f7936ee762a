# An awaitable whose __await__ returns a non-iterator: TypeError at the await.
class A:
    def __await__(self):
        return 42
async def f():
    await A()
f().send(None)
