# Cancelling a task blocked in wait_for() cancels the inner awaitable too.
import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    finally:
        print('inner cleaned up')


async def outer():
    try:
        await asyncio.wait_for(inner(), timeout=5)
    except asyncio.CancelledError:
        print('outer got CancelledError')
        raise


async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    results = await asyncio.gather(t, return_exceptions=True)
    print(type(results[0]).__name__)


asyncio.run(main())
