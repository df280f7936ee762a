# difftest seed 1 program 0: throw() into a finished or closed coroutine raises RuntimeError "cannot reuse already awaited coroutine"
async def coro():
    return "done"

c = coro()
try:
    c.send(None)
except StopIteration as e:
    print("finished with", e.value)
for exc in (KeyError("k"), ValueError("v")):
    try:
        c.throw(exc)
    except BaseException as e:
        print(type(e).__name__, e)
c = coro()
c.close()
try:
    c.throw(ValueError("after close"))
except BaseException as e:
    print(type(e).__name__, e)
