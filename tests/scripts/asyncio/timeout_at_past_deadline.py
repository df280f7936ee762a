# timeout_at() with a deadline already passed fires at the next iteration.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print('inside')
            await asyncio.sleep(0)
            print('not reached')
    except TimeoutError:
        print('timed out')


asyncio.run(main())
