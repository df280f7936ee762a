# Coroutine attributes: cr_running, cr_frame, cr_await, cr_code, __name__, __qualname__.
class Pause:
    def __await__(self):
        yield "paused"
async def inner():
    await Pause()
async def outer():
    print("running inside:", c.cr_running)
    await inner()
c = outer()
print(c.cr_running, c.cr_frame is not None, c.cr_await, c.cr_code.co_name)
c.send(None)
print(c.cr_running, c.cr_await.__qualname__, c.cr_await.cr_await is not None)
try:
    c.send(None)
except StopIteration:
    pass
print(c.cr_frame, c.cr_await, c.__name__, c.__qualname__)
