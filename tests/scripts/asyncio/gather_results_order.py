# gather(): results in argument order whatever the completion order;
# coroutines, tasks and futures mix; the same awaitable twice is one child.
import asyncio


async def delayed(value, steps):
    for _ in range(steps):
        await asyncio.sleep(0)
    print('finished', value)
    return value


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 'future')
    task = asyncio.create_task(delayed('task', 1))
    coro = delayed('coro', 2)
    results = await asyncio.gather(delayed('slow', 3), task, fut, coro, delayed('fast', 0), task)
    print(results)
    print(await asyncio.gather())


asyncio.run(main())
