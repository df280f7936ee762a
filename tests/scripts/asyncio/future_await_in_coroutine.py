# A coroutine awaiting a future resolved by call_later; the future awaited
# twice gives the same value; a cancelled future raises CancelledError.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.001, fut.set_result, 'resolved')
    print(await fut)
    print(await fut)
    c = loop.create_future()
    loop.call_soon(c.cancel, 'nope')
    try:
        await c
    except asyncio.CancelledError as e:
        print('CancelledError', e.args)
    it = fut.__await__()
    try:
        next(it)
    except StopIteration as e:
        print('done future: StopIteration', e.value)


asyncio.run(main())
