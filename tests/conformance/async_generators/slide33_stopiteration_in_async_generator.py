# Slide 33: an async generator ends with StopAsyncIteration; raising StopAsyncIteration or StopIteration inside it is a RuntimeError
async def bad_async():
    yield 1
    raise StopAsyncIteration

async def bad_sync():
    yield 1
    raise StopIteration

async def main(make):
    try:
        async for x in make():
            print(make.__name__, "yielded", x)
    except RuntimeError as e:
        print(make.__name__, type(e).__name__, e)

for make in (bad_async, bad_sync):
    c = main(make)
    try:
        c.send(None)
    except StopIteration:
        pass
