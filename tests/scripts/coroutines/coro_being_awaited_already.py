# Awaiting a coroutine that is suspended in its own await raises
# RuntimeError "coroutine is being awaited already" (a second awaiter would
# take its values); awaiting a coroutine from inside itself is "coroutine
# already executing".
import types
@types.coroutine
def pause():
    yield 'paused'
async def inner():
    await pause()
    return 'inner done'
c = inner()
print(c.send(None))
async def outer():
    return await c
o = outer()
try:
    o.send(None)
except RuntimeError as e:
    print('RuntimeError', e)
async def selfish():
    await me
me = selfish()
try:
    me.send(None)
except Exception as e:
    print(type(e).__name__, e)
