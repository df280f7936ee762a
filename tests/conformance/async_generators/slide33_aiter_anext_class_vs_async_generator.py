# Slide 33: asynchronous iterables: a class with __aiter__/__anext__ and an async generator give the same async for
class Tick:
    def __await__(self):
        yield "tick"

class Countdown:
    def __init__(self, start):
        self.n = start
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Tick()
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n + 1

async def countdown(start):
    n = start
    while n > 0:
        await Tick()
        yield n
        n -= 1

async def collect(aiterable):
    items = []
    async for x in aiterable:
        items.append(x)
    return items

def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks

print(run(collect(Countdown(3))))
print(run(collect(countdown(3))))
