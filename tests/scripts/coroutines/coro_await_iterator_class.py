# __await__ may return any iterator object (here a class with __next__), not only a generator.
class Steps:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration("steps done")
        return f"step {self.i}"
class Awaitable:
    def __await__(self):
        return Steps()
async def main():
    return await Awaitable()
c = main()
print(c.send(None), "|", c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("await value:", e.value)
