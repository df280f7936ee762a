# Producer and consumer coroutines exchanging items through a queue-like awaitable driven by hand.
class Channel:
    def __init__(self):
        self.items = []
    def put(self, item):
        self.items.append(item)
    def get(self):
        channel = self
        class Get:
            def __await__(self):
                while not channel.items:
                    yield "empty"
                return channel.items.pop(0)
        return Get()
ch = Channel()
async def consumer():
    seen = []
    while True:
        item = await ch.get()
        if item is None:
            return seen
        print("consumed", item)
        seen.append(item)
c = consumer()
print(c.send(None))
for item in ["x", "y"]:
    ch.put(item)
    print(c.send(None))
ch.put(None)
try:
    c.send(None)
except StopIteration as e:
    print("consumer returned", e.value)
