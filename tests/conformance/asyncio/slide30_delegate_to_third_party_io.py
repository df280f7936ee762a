# Slide 30: the coroutine we write only delegates with await to some "3rd party" generator that does the actual I/O with the loop
class read:
    """The third-party part: asks the loop to do the I/O and gets the data back."""
    def __init__(self, resource):
        self.resource = resource
    def __await__(self):
        data = yield ("read", self.resource)
        return data

async def handler(name):
    header = await read(f"{name}/header")
    body = await read(f"{name}/body")
    return f"{name}: {header} + {body}"

def event_loop(coros):
    storage = {"x/header": "HX", "x/body": "BX", "y/header": "HY", "y/body": "BY"}
    pending = [(c, None) for c in coros]
    while pending:
        coro, value = pending.pop(0)
        try:
            op, resource = coro.send(value)
        except StopIteration as e:
            print("done:", e.value)
            continue
        print("loop performs", op, resource)
        pending.append((coro, storage[resource]))

event_loop([handler("x"), handler("y")])
