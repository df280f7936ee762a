# PGO training: coroutines driven by hand, custom awaitables, async generators.
import types

class Future:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        answer = yield self.value
        return answer

@types.coroutine
def raw(value):
    return (yield value)

async def leaf(i):
    a = await Future(i)
    b = await raw(a)
    return a + b

async def middle(n):
    total = 0
    for i in range(n):
        total += await leaf(i)
    return total

async def fib(n):
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)

async def ticker(n):
    for i in range(n):
        got = await Future(i)
        yield got

async def consume(n):
    total = 0
    async for v in ticker(n):
        total += v
    values = [v async for v in ticker(10)]
    return total, values

def run(coro):
    reply = None
    try:
        while True:
            reply = coro.send(reply)
    except StopIteration as stop:
        return stop.value

print(run(middle(250_000)))
print(run(fib(23)))
print(run(consume(250_000)))
c = middle(10)
c.send(None)
try:
    c.throw(KeyError("x"))
except KeyError as e:
    print("thrown", e)
c = middle(10)
c.close()
