# An exception escaping a coroutine driven by send(): the traceback shows the driver and coroutine frames.
async def inner():
    raise KeyError("in coroutine")
async def outer():
    await inner()
c = outer()
c.send(None)
