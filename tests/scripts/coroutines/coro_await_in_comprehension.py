# await inside comprehensions in a coroutine, and async comprehension over an async iterator class.
async def double(x):
    return x * 2
class AsyncRange:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1
async def main():
    a = [await double(x) for x in range(4)]
    b = {x: await double(x) async for x in AsyncRange(3)}
    c = {await double(x) for x in (1, 2, 2)}
    return a, b, sorted(c)
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
