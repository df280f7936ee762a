# An exception in a call_soon callback is reported and the loop goes on.
import asyncio


def bad_callback():
    raise ZeroDivisionError('in callback')


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad_callback)
    await asyncio.sleep(0)
    print('loop still running')


asyncio.run(main())
