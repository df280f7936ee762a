# difftest seed 1 program 28: an async generator finalized while suspended in an await, whose body returns on GeneratorExit, reports "Exception ignored ... StopAsyncIteration" in CPython 3.11
class Suspend:
    def __await__(self):
        yield "suspended"

async def agen():
    try:
        await Suspend()
    except GeneratorExit:
        print("agen got GeneratorExit and returns")
        return
    yield 1

ag = agen()
step = ag.__anext__()
print(step.send(None))
del step
del ag
print("end")
