# async for over a regular iterable raises TypeError (it has no __aiter__).
async def main():
    async for x in [1, 2]:
        print(x)
c = main()
try:
    c.send(None)
except TypeError as e:
    print("TypeError:", e)
