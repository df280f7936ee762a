# async with calls awaited __aenter__/__aexit__ (hand-written class) around the body.
class Pause:
    def __await__(self):
        yield "pause"
class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("aenter", self.name)
        await Pause()
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print("aexit", self.name, et.__name__ if et else None)
        await Pause()
        return False
async def main():
    async with Resource("db") as r:
        print("body with", r)
    async with Resource("a") as a, Resource("b") as b:
        print("body with", a, b)
    return "ok"
c = main()
pauses = 0
try:
    while True:
        c.send(None)
        pauses += 1
except StopIteration as e:
    print(e.value, "pauses:", pauses)
