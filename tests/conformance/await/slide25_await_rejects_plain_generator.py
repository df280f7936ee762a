# Slide 25: await does not accept generators that aren't coroutines: TypeError
def plain_generator():
    yield 1

async def main():
    try:
        await plain_generator()
    except TypeError as e:
        print(type(e).__name__, e)
    return "main done"

c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
