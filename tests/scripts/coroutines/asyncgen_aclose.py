# aclose() throws GeneratorExit into a suspended async generator: its finally runs; then it is finished.
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")
def result(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "StopAsyncIteration"
g = agen()
print(result(g.__anext__()))
print(result(g.aclose()))
print(result(g.__anext__()))
print(result(agen().aclose()))
