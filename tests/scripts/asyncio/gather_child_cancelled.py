# A cancelled child makes gather() raise CancelledError (the outer future
# is not cancelled itself), unless return_exceptions is set.
import asyncio


async def main():
    victim = asyncio.create_task(asyncio.sleep(10))
    other = asyncio.create_task(asyncio.sleep(0.001, 'other'))
    g = asyncio.gather(victim, other)
    await asyncio.sleep(0)
    victim.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('CancelledError; gather cancelled?', g.cancelled())
    print(await other)


asyncio.run(main())
