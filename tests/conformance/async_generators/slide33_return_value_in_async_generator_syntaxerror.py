# Slide 33: an async generator produces elements, it cannot return a value: 'return' with value is a SyntaxError (exit 1)
print("the file does not compile")

async def agen():
    yield 1
    return 2
