# Slide 33 "Asynchronous Generators": async for x in data_producer, an async generator driven by hand.
class Tick:
    def __await__(self):
        yield "tick"
async def data_producer(n):
    for i in range(n):
        await Tick()
        yield i * 10
async def consumer():
    got = []
    async for x in data_producer(3):
        print("consumer got", x)
        got.append(x)
    return got
c = consumer()
ticks = 0
try:
    while True:
        assert c.send(None) == "tick"
        ticks += 1
except StopIteration as e:
    print("result", e.value, "ticks", ticks)
