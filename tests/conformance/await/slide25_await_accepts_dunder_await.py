# Slide 25: await accepts awaitable objects: any object whose __await__() returns an iterator
class Ready:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        return self.value
        yield  # makes __await__ a generator function

class Ticking:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        for i in range(self.n):
            got = yield f"tick {i}"
            print("  Ticking got", got)
        return "ticked"

class ViaIter:
    def __await__(self):
        return iter(["raw1", "raw2"])

async def main():
    print("Ready ->", await Ready(7))
    print("Ticking ->", await Ticking(2))
    print("ViaIter ->", await ViaIter())
    return "done"

c = main()
n = 0
try:
    value = c.send(None)
    while True:
        print("driver sees", value)
        n += 1
        # A plain iterator has no send(): answer the ticks only.
        value = c.send(n if value.startswith("tick") else None)
except StopIteration as e:
    print("result", e.value)
