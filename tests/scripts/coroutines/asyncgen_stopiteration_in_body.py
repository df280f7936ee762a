# An async generator raising StopIteration (or StopAsyncIteration) gets RuntimeError instead.
async def bad():
    yield 1
    raise StopIteration("oops")
async def bad2():
    yield 1
    raise StopAsyncIteration
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
for make in (bad, bad2):
    g = make()
    print(step(g.__anext__()))
    try:
        step(g.__anext__())
    except RuntimeError as e:
        print("RuntimeError:", e)
