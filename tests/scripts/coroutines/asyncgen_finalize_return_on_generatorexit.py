# An async generator dropped while suspended (no asyncgen hooks installed) is
# closed by its finalizer; if its body returns on GeneratorExit, CPython 3.11
# signals the return as StopAsyncIteration, which the finalizer reports as
# "Exception ignored in: <async_generator ...>" on stderr. A body that lets
# GeneratorExit propagate reports nothing.
async def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print("returns_on_exit: got GeneratorExit, returning")
        return
    yield 2

async def propagates():
    try:
        yield 1
    finally:
        print("propagates: finally")

for make in (propagates, returns_on_exit):
    ag = make()
    try:
        ag.__anext__().send(None)
    except StopIteration as e:
        print("first item", e.value)
    del ag
    print("dropped", make.__name__)
