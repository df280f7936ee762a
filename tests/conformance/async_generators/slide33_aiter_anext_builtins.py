# Slide 33: asynchronous iterators have builtins like the synchronous ones: aiter() and anext() (with a default)
async def letters():
    yield "x"
    yield "y"

async def main():
    ag = letters()
    it = aiter(ag)
    print(it is ag)
    print(await anext(it))
    print(await anext(it))
    print(await anext(it, "default at the end"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration without a default")

c = main()
try:
    c.send(None)
except StopIteration:
    print("done")
