# difftest seed 1 program 196: after an async generator ignored GeneratorExit in aclose(), CPython 3.11 makes a second aclose() raise StopAsyncIteration and __anext__ resumes the generator
async def agen():
    try:
        yield 1
    except GeneratorExit:
        print("agen ignores GeneratorExit")
        yield 2
    print("agen resumed after ignoring")

async def main():
    ag = agen()
    print(await ag.__anext__())
    try:
        await ag.aclose()
    except RuntimeError as e:
        print("first aclose:", type(e).__name__, e)
    try:
        print("second aclose:", await ag.aclose())
    except BaseException as e:
        print("second aclose:", type(e).__name__, e)
    try:
        print("anext:", await ag.__anext__())
    except BaseException as e:
        print("anext:", type(e).__name__, e)

c = main()
try:
    c.send(None)
except StopIteration:
    print("done")
