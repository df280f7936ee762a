# Slide 33: "async def" allowed only return or await before 3.6: a coroutine returns its value and awaits; it does not yield
class Pause:
    def __await__(self):
        yield "paused"

async def coroutine():
    await Pause()
    return "returned value"

c = coroutine()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration.value:", e.value)
