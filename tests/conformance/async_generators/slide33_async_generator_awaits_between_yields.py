# Slide 33: an async generator can await between its yields: the awaits go to the driver, the yields to async for
class fetch:
    def __init__(self, key):
        self.key = key
    def __await__(self):
        value = yield ("fetch", self.key)
        return value

async def records(keys):
    for key in keys:
        value = await fetch(key)
        yield (key, value)

async def main():
    out = []
    async for item in records(["a", "b", "c"]):
        out.append(item)
    return out

c = main()
db = {"a": 1, "b": 2, "c": 3}
reply = None
try:
    while True:
        op, key = c.send(reply)
        print("driver", op, key)
        reply = db[key]
except StopIteration as e:
    print(e.value)
