# difftest seed 1 program 0: an exception thrown into a generator or coroutine suspended inside an except block gets the handled exception as __context__
def gen():
    try:
        yield 1
    except KeyError:
        yield "in the handler"

g = gen()
next(g)
print(g.throw(KeyError("k")))
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print("generator:", repr(e.__context__))

class Suspend:
    def __await__(self):
        yield

async def coro():
    try:
        await Suspend()
    except KeyError:
        await Suspend()

c = coro()
c.send(None)
c.throw(KeyError("k"))
try:
    c.throw(ValueError("v"))
except ValueError as e:
    print("coroutine:", repr(e.__context__))
