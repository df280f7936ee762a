# async def/await, async for/with, async comprehensions and async generators, driven by send().
import sys
class Awaitable:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        x = yield ("suspend", self.v)
        return x

async def coro(v):
    r = await Awaitable(v)
    return r * 2

def run(c):
    try:
        msg = c.send(None)
        while True:
            print("yielded", msg)
            msg = c.send(10)
    except StopIteration as e:
        return e.value

print(run(coro(1)))

class AIter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Awaitable(self.i)
        return self.i

async def use_for():
    total = 0
    async for x in AIter(3):
        total += x
    else:
        print("async for else")
    return total
print(run(use_for()))

class ACM:
    async def __aenter__(self):
        print("aenter")
        return "cm"
    async def __aexit__(self, t, v, tb):
        print("aexit", t.__name__ if t else None)
        return True

async def use_with():
    async with ACM() as c:
        print("inside", c)
        raise ValueError
    return "after"
print(run(use_with()))

async def comp():
    a = [x async for x in AIter(3)]
    b = [await Awaitable(x) for x in range(2)]
    return a, b
print(run(comp()))

async def agen():
    for i in range(3):
        yield i
        await Awaitable(i)

async def use_agen():
    r = []
    async for v in agen():
        r.append(v)
    return r
print(run(use_agen()))

async def genexp_async():
    g = (x async for x in AIter(2))
    return [y async for y in g]
print(run(genexp_async()))

async def ret_in_with():
    async with ACM():
        return 5
print(run(ret_in_with()))

async def brk():
    async for x in AIter(5):
        if x == 2:
            break
    return x
print(run(brk()))
