# A coroutine that awaits itself: "coroutine already executing", no crash.
async def f():
    await co
co = f()
co.send(None)
