# An exception thrown into a coroutine that does not handle it propagates out of throw().
class Pause:
    def __await__(self):
        yield
async def f():
    try:
        await Pause()
    finally:
        print("finally in coroutine")
c = f()
c.send(None)
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(c.cr_frame is None)
