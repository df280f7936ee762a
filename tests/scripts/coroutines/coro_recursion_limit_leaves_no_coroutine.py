# At the recursion limit, calling a coroutine function raises RecursionError
# before any coroutine exists (CPython 3.11 creates it in the new frame), so
# a deep await chain that fails leaves no "never awaited" coroutine behind;
# the chain below the limit is intact and works again afterwards.
import sys

async def chain(n):
    if n == 0:
        return "bottom"
    return await chain(n - 1)

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value

try:
    run(chain(100000))
except RecursionError as e:
    print("RecursionError:", e)
print(run(chain(50)))

def gen_at_limit(n):
    if n == 0:
        return
    def g():
        yield n
    g()
    gen_at_limit(n - 1)

try:
    gen_at_limit(100000)
except RecursionError as e:
    print("RecursionError:", e)
print("end")
