# await on coroutines returns their values; nested awaits compose.
async def add(a, b):
    return a + b
async def mul(a, b):
    total = 0
    for _ in range(b):
        total = await add(total, a)
    return total
async def main():
    x = await add(2, 3)
    y = await mul(x, 4)
    return [x, y, await add(await mul(2, 2), 1)]
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
