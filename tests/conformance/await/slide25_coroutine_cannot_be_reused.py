# Slide 25: a coroutine object is awaited once: awaiting it again raises RuntimeError
async def work():
    return "result"

async def main():
    c = work()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print(type(e).__name__, e)

m = main()
try:
    m.send(None)
except StopIteration:
    print("main finished")
