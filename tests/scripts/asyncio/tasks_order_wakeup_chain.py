# Ordering when futures complete: done callbacks are queued in the order
# the futures complete, and a woken task runs in the next iteration.
import asyncio


async def waiter(fut, name):
    print(name, 'waiting')
    value = await fut
    print(name, 'woke with', value)
    return value


async def main():
    loop = asyncio.get_running_loop()
    futs = [loop.create_future() for _ in range(3)]
    tasks = [asyncio.create_task(waiter(f, f'w{i}')) for i, f in enumerate(futs)]
    await asyncio.sleep(0)
    futs[2].set_result('c')
    loop.call_soon(print, 'callback queued between')
    futs[0].set_result('a')
    print('main before yield')
    await asyncio.sleep(0)
    print('main after one yield')
    futs[1].set_result('b')
    print(await asyncio.gather(*tasks))


asyncio.run(main())
