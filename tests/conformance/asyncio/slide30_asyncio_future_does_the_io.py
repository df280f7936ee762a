# Slide 30: our coroutine only delegates with await to a lower-level awaitable (a Future) that the loop completes, as the I/O would
import asyncio

async def fetch(loop, name):
    future = loop.create_future()
    loop.call_soon(future.set_result, f"data for {name}")
    print(f"{name}: waiting for the future")
    data = await future
    print(f"{name}: got {data!r}")
    return len(data)

async def main():
    loop = asyncio.get_running_loop()
    sizes = await asyncio.gather(fetch(loop, "a"), fetch(loop, "bb"))
    print(sizes)

asyncio.run(main())
