# Slide 34: any await chain of calls ends with a yield: when the last awaitable is an object, its __await__ generator holds the yield
class Bottom:
    def __await__(self):
        print("    __await__ yields")
        reply = yield "yielded by Bottom.__await__"
        return reply

async def c3():
    return await Bottom()

async def c2():
    return await c3()

async def c1():
    return await c2()

c = c1()
print("driver received:", c.send(None))
try:
    c.send("reply")
except StopIteration as e:
    print("chain returned:", e.value)
