# await on objects that are not awaitable raises TypeError with CPython's messages.
class BadAwait:
    def __await__(self):
        return 42
async def await_int():
    await 5
async def await_bad():
    await BadAwait()
for make in (await_int, await_bad):
    c = make()
    try:
        c.send(None)
    except TypeError as e:
        print("TypeError:", e)
