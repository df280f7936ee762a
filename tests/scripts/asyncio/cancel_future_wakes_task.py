# Cancelling the future a task waits on throws CancelledError into the task;
# cancelling the task cancels the future it waits on.
import asyncio


async def waiter(fut, name):
    try:
        await fut
    except asyncio.CancelledError:
        print(name, 'got CancelledError')
        return name + ' recovered'


async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    t1 = asyncio.create_task(waiter(f1, 't1'))
    await asyncio.sleep(0)
    f1.cancel()
    print(await t1)

    f2 = loop.create_future()
    t2 = asyncio.create_task(waiter(f2, 't2'))
    await asyncio.sleep(0)
    t2.cancel()
    print('f2 cancelled by task cancel:', f2.cancelled())
    print(await t2, t2.cancelled())


asyncio.run(main())
