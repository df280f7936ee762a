# Slide 33: an async generator is driven like a coroutine-generator: asend(), athrow() and aclose() are awaitables
async def agen():
    try:
        received = yield "first"
        print("agen received", received)
        try:
            yield "second"
        except ValueError as e:
            print("agen caught", e)
            yield "after athrow"
        yield "unreached"
    finally:
        print("agen finally")

async def main():
    ag = agen()
    print(await ag.asend(None))
    print(await ag.asend("hello"))
    print(await ag.athrow(ValueError("thrown")))
    print(await ag.aclose())
    try:
        await ag.asend(None)
    except StopAsyncIteration:
        print("closed: StopAsyncIteration")

c = main()
try:
    c.send(None)
except StopIteration:
    print("main finished")
