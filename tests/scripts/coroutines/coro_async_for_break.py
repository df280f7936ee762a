# break and continue inside async for; the iterator is left where it stopped.
class Nums:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > 10:
            raise StopAsyncIteration
        return self.i
async def main():
    it = Nums()
    async for v in it:
        if v % 2:
            continue
        if v > 6:
            break
        print("even", v)
    return it.i
c = main()
try:
    c.send(None)
except StopIteration as e:
    print("stopped at", e.value)
