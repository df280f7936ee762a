# Exceptions raised deep in an await chain propagate up through the awaiting coroutines to the driver.
async def deepest():
    raise LookupError("deep failure")
async def middle():
    try:
        await deepest()
    except KeyError:
        print("not a KeyError")
    finally:
        print("middle finally")
async def top():
    try:
        await middle()
    except LookupError as e:
        print("top caught", repr(e))
        raise RuntimeError("top failed") from e
c = top()
try:
    c.send(None)
except RuntimeError as e:
    print("driver got", repr(e), "cause", repr(e.__cause__))
