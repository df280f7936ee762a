# Slide 33: "produce elements, one at the time, asynchronously": async for x in data_producer
class io_wait:
    def __init__(self, what):
        self.what = what
    def __await__(self):
        yield f"waiting for {self.what}"

async def data_producer(n):
    for i in range(n):
        await io_wait(f"item {i}")
        yield i * i

async def consumer():
    async for x in data_producer(3):
        print("consumer got", x)
    return "consumer done"

c = consumer()
try:
    while True:
        print("loop:", c.send(None))
except StopIteration as e:
    print(e.value)
