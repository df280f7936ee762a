# asend(value) resumes an async generator with a value for its yield expression.
async def echo():
    received = None
    while True:
        received = yield f"echo {received}"
        if received == "stop":
            return
def result(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "StopAsyncIteration"
g = echo()
print(result(g.asend(None)))
print(result(g.asend("hello")))
print(result(g.asend(42)))
print(result(g.asend("stop")))
