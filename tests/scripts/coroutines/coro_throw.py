# throw() into a suspended coroutine raises at its await; it may handle it and continue.
class Pause:
    def __await__(self):
        return (yield "paused")
async def worker():
    for attempt in range(3):
        try:
            got = await Pause()
            print("resumed with", got)
        except ValueError as e:
            print("worker handled", repr(e))
    return "worker done"
c = worker()
print(c.send(None))
print(c.throw(ValueError("first")))
print(c.send("hi"))
try:
    c.throw(ValueError("last"))
except StopIteration as e:
    print("returned", e.value)
