# coroutine_by_hand.py: async/await without asyncio, driven by hand with send().
# Slide 30: "an event loop drives the coroutines ... with .send()"; slide 34:
# "any await chain of calls ends with a yield".
# Run: scripts/run examples/coroutine_by_hand.py


class Sleep:
    """An awaitable: its __await__ generator yields a request to the loop."""

    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        yield self.ticks


def run(*coros):
    """A tiny event loop: always resume the coroutine that wakes up first."""
    clock = 0
    sleeping = [(0, i, coro) for i, coro in enumerate(coros)]
    results = {}
    while sleeping:
        sleeping.sort(key=lambda entry: entry[:2])
        clock, i, coro = sleeping.pop(0)
        try:
            ticks = coro.send(None)
        except StopIteration as stop:
            results[i] = stop.value
            continue
        sleeping.append((clock + ticks, i, coro))
    return [results[i] for i in range(len(coros))], clock


async def countdown(name, n, delay):
    while n:
        print(f"{name}: {n}")
        await Sleep(delay)
        n -= 1
    return f"{name} done"


async def ticker():
    async def numbers(limit):  # an async generator, consumed by async for
        for i in range(limit):
            await Sleep(1)
            yield i

    seen = [i async for i in numbers(4)]
    return f"ticker saw {seen}"


results, clock = run(countdown("A", 3, 2), countdown("B", 2, 3), ticker())
print(results, "at t =", clock)
