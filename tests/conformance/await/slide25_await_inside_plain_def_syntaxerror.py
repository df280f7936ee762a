# Slide 25: await is only valid inside async def: in a plain function it is a SyntaxError (exit 1)
print("never printed: the file does not compile")

def not_async():
    await something()
