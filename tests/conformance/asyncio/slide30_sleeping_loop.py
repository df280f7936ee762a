# Slide 30: an event loop with a virtual clock: coroutines await Sleep(ticks), which yields to the loop, and are resumed in time order
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield ("sleep", self.ticks)

class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.sleeping = []
    def spawn(self, coro):
        self.ready.append(coro)
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort(key=lambda p: p[0])
                self.now, coro = self.sleeping.pop(0)
                self.ready.append(coro)
            coro = self.ready.pop(0)
            try:
                cmd, ticks = coro.send(None)
            except StopIteration as e:
                print(f"t={self.now}: task finished -> {e.value}")
                continue
            self.sleeping.append((self.now + ticks, coro))

loop = Loop()

async def task(name, delays):
    for d in delays:
        print(f"t={loop.now}: {name} sleeps {d}")
        await Sleep(d)
    return name.upper()

loop.spawn(task("a", [3, 1]))
loop.spawn(task("b", [1, 1, 1]))
loop.spawn(task("c", [5]))
loop.run()
