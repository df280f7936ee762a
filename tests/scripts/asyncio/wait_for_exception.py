# wait_for() propagates the exception of the awaitable.
import asyncio


async def fail():
    await asyncio.sleep(0)
    raise ValueError('inner failure')


async def main():
    try:
        await asyncio.wait_for(fail(), timeout=5)
    except ValueError as e:
        print('ValueError', e)


asyncio.run(main())
