# Slide 34 "Summary": any await chain of calls ends with a yield; the driver sees what the innermost __await__ yields.
class Bottom:
    def __await__(self):
        print("bottom: yielding to the driver")
        value = yield "from the bottom"
        return f"bottom resumed with {value!r}"
async def level3():
    return await Bottom()
async def level2():
    return "level2(" + await level3() + ")"
async def level1():
    return "level1(" + await level2() + ")"
coro = level1()
print("driver received:", coro.send(None))
print("await chain:", coro.cr_await.__name__, "->", coro.cr_await.cr_await.__name__)
try:
    coro.send("hello")
except StopIteration as e:
    print("final:", e.value)
