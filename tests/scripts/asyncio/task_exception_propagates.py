# An exception inside a task is stored and re-raised by await, result()
# and returned by exception().
import asyncio


async def fail():
    await asyncio.sleep(0)
    raise ValueError('task failed')


async def main():
    t = asyncio.create_task(fail())
    try:
        await t
    except ValueError as e:
        print('await:', repr(e))
    print('exception():', repr(t.exception()))
    try:
        t.result()
    except ValueError as e:
        print('result():', repr(e))
    print(t.done(), t.cancelled())


asyncio.run(main())
