# An awaitable whose __await__ raises: the exception propagates from the await.
class A:
    def __await__(self):
        raise ValueError("bad await")
async def f():
    await A()
f().send(None)
