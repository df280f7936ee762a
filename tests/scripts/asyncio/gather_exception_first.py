# gather() without return_exceptions: the first exception propagates at
# once; the other children are not cancelled and keep running.
import asyncio


async def ok(name, steps):
    for _ in range(steps):
        await asyncio.sleep(0)
    print(name, 'completed')
    return name


async def boom():
    await asyncio.sleep(0)
    raise KeyError('boom')


async def main():
    slow = asyncio.create_task(ok('slow', 4))
    try:
        await asyncio.gather(ok('quick', 0), boom(), slow)
    except KeyError as e:
        print('gather raised KeyError', e, '; slow done?', slow.done())
    print(await slow)


asyncio.run(main())
