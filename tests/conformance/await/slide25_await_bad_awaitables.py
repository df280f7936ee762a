# Slide 25: await accepts only awaitables: no __await__, __await__ returning a non-iterator or a coroutine is a TypeError
class ReturnsInt:
    def __await__(self):
        return 5

class ReturnsList:
    def __await__(self):
        return [1]

async def some_coroutine():
    return 1

class ReturnsCoroutine:
    def __init__(self):
        self.c = some_coroutine()
    def __await__(self):
        return self.c

async def attempt(obj):
    try:
        await obj
    except TypeError as e:
        print(type(e).__name__, e)

for obj in [42, None, "text", [1, 2], ReturnsInt(), ReturnsList()]:
    c = attempt(obj)
    try:
        c.send(None)
    except StopIteration:
        pass
rc = ReturnsCoroutine()
c = attempt(rc)
try:
    c.send(None)
except StopIteration:
    pass
rc.c.close()
