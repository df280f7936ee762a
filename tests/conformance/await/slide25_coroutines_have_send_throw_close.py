# Slide 25: like generators (await works like yield from), coroutine objects are driven with send(), throw() and close()
class Pause:
    def __await__(self):
        yield "paused"

async def coro():
    try:
        await Pause()
        await Pause()
    except ValueError as e:
        print("coro caught", e)
        await Pause()
    finally:
        print("coro finally")

c = coro()
print(type(c).__name__)
print(c.send(None))
print(c.throw(ValueError("via throw")))
c.close()
c2 = coro()
c2.close()
print("unstarted coroutine closed")
