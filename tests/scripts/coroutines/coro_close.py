# close() on a suspended coroutine raises GeneratorExit at the await: finally blocks run.
class Pause:
    def __await__(self):
        yield "p"
async def inner():
    try:
        await Pause()
    finally:
        print("inner finally")
async def outer():
    try:
        await inner()
    finally:
        print("outer finally")
c = outer()
print(c.send(None))
c.close()
print("closed:", c.cr_frame is None)
