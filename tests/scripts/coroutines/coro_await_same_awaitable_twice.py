# A fresh coroutine must be created for each await; a custom awaitable can be awaited many times.
class Value:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        if False:
            yield
        return self.v
async def main():
    v = Value(7)
    return await v + await v + await v
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
