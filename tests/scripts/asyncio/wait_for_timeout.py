# wait_for(): a timeout cancels the awaited task and raises TimeoutError
# (the builtin one since 3.11), chained from the CancelledError.
import asyncio


async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('slow() was cancelled')
        raise


async def main():
    print(asyncio.TimeoutError is TimeoutError)
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except TimeoutError as e:
        print('TimeoutError', repr(e), type(e.__cause__).__name__)
    print(await asyncio.wait_for(asyncio.sleep(0, 'fast'), timeout=5))
    print(await asyncio.wait_for(asyncio.sleep(0, 'no timeout'), None))


asyncio.run(main())
