# CancelledError derives from BaseException: `except Exception` lets it pass.
import asyncio


async def work():
    try:
        await asyncio.sleep(10)
    except Exception:
        print('not reached')


async def main():
    print(issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))
    t = asyncio.create_task(work())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled())


asyncio.run(main())
