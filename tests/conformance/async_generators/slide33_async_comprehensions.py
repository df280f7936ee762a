# Slide 33: asynchronous generators work in async comprehensions: [x async for x in data_producer()]
async def data_producer(n):
    for i in range(n):
        yield i

async def double(x):
    return x * 2

async def main():
    a = [x async for x in data_producer(4)]
    b = [x async for x in data_producer(6) if x % 2]
    c = {x: await double(x) for x in range(3)}
    d = [await double(x) async for x in data_producer(3)]
    return a, b, c, d

co = main()
try:
    co.send(None)
except StopIteration as e:
    for part in e.value:
        print(part)
