# Slide 34: any await chain of calls ends with a yield: at the end there is a generator, whose yielded value reaches the driver
import types

@types.coroutine
def the_generator_at_the_end():
    print("    the generator yields")
    reply = yield "yielded at the bottom"
    return reply

async def c3():
    return await the_generator_at_the_end()

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

async def no_yield_at_the_end():
    return "a chain without a yield never suspends"

c = no_yield_at_the_end()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
