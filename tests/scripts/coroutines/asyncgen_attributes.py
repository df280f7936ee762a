# Async generator attributes: ag_running, ag_frame, ag_await, ag_code, and its aiter/anext methods.
async def agen():
    yield 1
g = agen()
print(g.ag_running, g.ag_frame is not None, g.ag_await, g.ag_code.co_name)
print(g.__aiter__() is g, hasattr(g, "__anext__"), hasattr(g, "__next__"))
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("value", e.value)
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("done", g.ag_frame)
