# A round-robin scheduler for coroutines that yield control through a custom awaitable.
class Yield:
    def __await__(self):
        yield
def run_all(coros):
    queue = list(coros)
    results = {}
    while queue:
        name, coro = queue.pop(0)
        try:
            coro.send(None)
            queue.append((name, coro))
        except StopIteration as e:
            results[name] = e.value
    return results
async def count(name, n):
    for i in range(n):
        print(f"{name}: {i}")
        await Yield()
    return n * 100
print(run_all([("a", count("a", 3)), ("b", count("b", 1)), ("c", count("c", 2))]))
