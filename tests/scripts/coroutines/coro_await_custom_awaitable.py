# await on an object whose __await__ is a generator: its yields go to the driver, its return is the await value.
class Future:
    def __init__(self):
        self.result = None
        self.done = False
    def set_result(self, v):
        self.result, self.done = v, True
    def __await__(self):
        while not self.done:
            yield self
        return self.result
fut = Future()
async def waiter():
    print("waiting for the future")
    v = await fut
    print("future gave", v)
    return v + 1
c = waiter()
print(c.send(None) is fut)
print(c.send(None) is fut)
fut.set_result(41)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
