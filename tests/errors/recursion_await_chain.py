# An await chain 10,000 coroutines deep: RecursionError, no stack overflow.
async def c(n):
    if n == 0:
        return 1
    return await c(n - 1)
co = c(10000)
try:
    co.send(None)
except StopIteration as e:
    print(e.value)
