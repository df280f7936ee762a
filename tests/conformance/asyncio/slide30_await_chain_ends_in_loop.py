# Slide 30: the value yielded at the bottom of an await chain is what the event loop receives; the loop's send() answers it
class Request:
    def __init__(self, what):
        self.what = what
    def __await__(self):
        answer = yield self.what
        return answer

async def level3():
    return await Request("time?")

async def level2():
    return (await level3()) + 1

async def level1():
    return (await level2()) * 10

c = level1()
question = c.send(None)
print("loop received", repr(question))
try:
    c.send(4)
except StopIteration as e:
    print("result", e.value)
