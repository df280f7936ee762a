# async for over a hand-written asynchronous iterator whose __anext__ awaits.
class Pause:
    def __await__(self):
        yield "pause"
class Ticker:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        print("__aiter__")
        return self
    async def __anext__(self):
        await Pause()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    total = 0
    async for v in Ticker(3):
        print("got", v)
        total += v
    else:
        print("async for else clause")
    return total
c = main()
pauses = 0
try:
    while True:
        assert c.send(None) == "pause"
        pauses += 1
except StopIteration as e:
    print("total", e.value, "pauses", pauses)
