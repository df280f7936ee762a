# wait_for() with timeout <= 0: a done future gives its result; otherwise
# the awaitable is cancelled at once and TimeoutError raised.
import asyncio


async def value():
    return 'value'


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    done.set_result('already done')
    print(await asyncio.wait_for(done, 0))
    try:
        await asyncio.wait_for(value(), 0)
    except TimeoutError:
        print('TimeoutError for a coroutine that never ran')
    t = asyncio.create_task(asyncio.sleep(10))
    try:
        await asyncio.wait_for(t, -1)
    except TimeoutError:
        print('TimeoutError; task cancelled:', t.cancelled())


asyncio.run(main())
