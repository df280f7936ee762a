# CPython 3.11's ag_closed: once aclose() has started (even if the async
# generator ignored GeneratorExit) a later aclose()/athrow() ends at once with
# StopAsyncIteration without running the generator, while __anext__ still
# resumes it. athrow() must be started with None.
def run(coro):
    try:
        while True:
            print("  passed up:", coro.send(None))
    except StopIteration as e:
        return e.value

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("  stubborn ignores GeneratorExit")
        yield 2
    print("  stubborn resumed")
    yield 3

async def attempt(label, awaitable):
    try:
        print(label, await awaitable)
    except BaseException as e:
        print(label, type(e).__name__, e)

async def main():
    ag = stubborn()
    await attempt("anext:", ag.__anext__())
    await attempt("aclose:", ag.aclose())
    await attempt("aclose again:", ag.aclose())
    await attempt("athrow:", ag.athrow(ValueError("v")))
    await attempt("anext:", ag.__anext__())
    await attempt("anext:", ag.__anext__())
    await attempt("aclose after the end:", ag.aclose())

run(main())

async def plain():
    yield 1
    yield 2

async def main2():
    ag = plain()
    await attempt("anext:", ag.__anext__())
    aw = ag.athrow(KeyError)
    try:
        aw.send("not None")
    except RuntimeError as e:
        print("athrow().send('not None'):", e)
    await attempt("athrow:", aw)
    await attempt("anext after athrow:", ag.__anext__())

run(main2())
print("end")
