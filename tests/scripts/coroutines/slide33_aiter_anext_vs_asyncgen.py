# Slide 33: an asynchronous iterator class (__aiter__/__anext__) versus the equivalent async generator.
class AsyncCountdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n + 1
async def async_countdown(n):
    while n > 0:
        yield n
        n -= 1
async def collect(aiterable):
    return [x async for x in aiterable]
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine suspended unexpectedly")
print(run(collect(AsyncCountdown(4))))
print(run(collect(async_countdown(4))))
print(type(AsyncCountdown(1)).__name__, type(async_countdown(1)).__name__)
