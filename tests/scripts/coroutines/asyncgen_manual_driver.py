# An async generator driven by hand: __anext__() returns an awaitable; StopIteration carries each value, StopAsyncIteration ends it.
async def agen():
    print("agen start")
    yield 1
    yield 2
    print("agen end")
g = agen()
print(type(g).__name__, g.__name__)
for _ in range(3):
    aw = g.__anext__()
    try:
        aw.send(None)
    except StopIteration as e:
        print("value", e.value)
    except StopAsyncIteration:
        print("StopAsyncIteration")
