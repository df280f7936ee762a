# Slide 25: generators decorated with @types.coroutine are coroutines (generator-based) and await accepts them
import types

@types.coroutine
def sleep_once(tag):
    reply = yield ("sleep", tag)
    return reply

async def main():
    r1 = await sleep_once("a")
    r2 = await sleep_once("b")
    return [r1, r2]

c = main()
print(c.send(None))
print(c.send("reply a"))
try:
    c.send("reply b")
except StopIteration as e:
    print(e.value)
g = sleep_once("plain")
print(type(g).__name__, next(g))
g.close()
