# gather(return_exceptions=True): exceptions and cancellations are results.
import asyncio


async def value(v):
    await asyncio.sleep(0)
    return v


async def fail(exc):
    await asyncio.sleep(0)
    raise exc


async def main():
    cancelled = asyncio.create_task(asyncio.sleep(10))
    asyncio.get_running_loop().call_soon(cancelled.cancel, 'bye')
    results = await asyncio.gather(value(1), fail(ValueError('v')), cancelled,
                                   fail(ZeroDivisionError()), value(2),
                                   return_exceptions=True)
    for r in results:
        print(type(r).__name__, repr(r))


asyncio.run(main())
