# Slide 25: await of a generator that isn't a coroutine, uncaught: the program ends with the TypeError (exit 1)
def ticks():
    yield "tick"

async def main():
    await ticks()

main().send(None)
