# Slide 33: leaving an async for early does not finish the async generator; aclose() raises GeneratorExit inside and runs finally
async def producer():
    try:
        for i in range(10):
            yield i
    finally:
        print("producer finally")

async def main():
    ag = producer()
    async for x in ag:
        print("got", x)
        if x == 1:
            break
    print("loop left")
    await ag.aclose()
    print("after aclose")
    await ag.aclose()
    print("second aclose is a no-op")

c = main()
try:
    c.send(None)
except StopIteration:
    pass
