# TaskGroup: a failing task cancels its sibling and the block; the errors
# come out as an ExceptionGroup. (One sibling only: CPython cancels
# several in the order of a set of tasks, i.e. of their addresses.)
import asyncio


async def sibling(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, 'cancelled by the group')
        raise


async def failing(exc):
    await asyncio.sleep(0)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling('s1'))
            tg.create_task(failing(ValueError('first')))
            await asyncio.sleep(10)
            print('not reached')
    except ExceptionGroup as eg:
        print('caught', type(eg).__name__, eg.message, [repr(e) for e in eg.exceptions])
    print('current task cancelling():', asyncio.current_task().cancelling())


asyncio.run(main())
