# An uncaught exception from the innermost of a hand-driven chain of 3
# awaiting coroutines: the traceback lists the driver's send(), each level's
# await line, then the raise.
class Pause:
    def __await__(self):
        return (yield 'paused')


async def innermost():
    await Pause()
    raise OSError('gone')


async def middle():
    return await innermost()


async def outer():
    return await middle()


coro = outer()
print(coro.send(None))
coro.send(None)
