# Slide 30: an event loop drives the coroutines scheduled to run and updates them with .send() (hand-written round-robin loop)
class Switch:
    """An awaitable whose __await__ is a generator: it yields once to the loop."""
    def __await__(self):
        yield "switch"

async def task(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        await Switch()
    return f"{name} finished"

def run(coros):
    ready = list(coros)
    while ready:
        coro = ready.pop(0)
        try:
            coro.send(None)
        except StopIteration as e:
            print("result:", e.value)
        else:
            ready.append(coro)

run([task("a", 3), task("b", 1), task("c", 2)])
