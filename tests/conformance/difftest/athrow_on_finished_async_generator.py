# difftest seed 1 program 74: in CPython 3.11, athrow() on a closed or exhausted async generator returns None (no StopAsyncIteration)
async def agen():
    yield 1

async def main():
    closed = agen()
    await closed.aclose()
    print("closed:", await closed.athrow(ValueError("v")))
    exhausted = agen()
    async for _ in exhausted:
        pass
    print("exhausted:", await exhausted.athrow(ValueError("v")))
    started = agen()
    print(await started.asend(None))
    await started.aclose()
    print("started then closed:", await started.athrow(KeyError("k")))

c = main()
try:
    c.send(None)
except StopIteration:
    print("done")
