# Slide 33: the end of an asynchronous iteration is StopAsyncIteration (the async analogue of StopIteration)
async def two():
    yield "a"
    yield "b"

async def main():
    ag = two()
    print(await ag.__anext__())
    print(await ag.__anext__())
    try:
        await ag.__anext__()
    except StopAsyncIteration as e:
        print("StopAsyncIteration", e.args)
    try:
        await ag.__anext__()
    except StopAsyncIteration:
        print("again StopAsyncIteration")

c = main()
try:
    c.send(None)
except StopIteration:
    print("main finished")
