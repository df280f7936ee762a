# async for over an async generator inside a coroutine, with an async comprehension and a filter.
async def numbers(n):
    for i in range(n):
        yield i
async def main():
    total = 0
    async for i in numbers(5):
        total += i
    squares = [i * i async for i in numbers(6) if i % 2 == 0]
    return total, squares
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
