# asyncio.timeout(): the deadline cancels the block, which leaves with
# TimeoutError; code after the block runs; expired() reports it.
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.01) as cm:
            print('entered', repr(cm).startswith('<Timeout [active] when='))
            await asyncio.sleep(10)
            print('not reached')
    except TimeoutError as e:
        print('TimeoutError', type(e.__cause__).__name__, cm.expired())
    print(repr(cm))
    async with asyncio.timeout(10) as cm2:
        await asyncio.sleep(0)
    print('not expired:', cm2.expired(), repr(cm2))
    async with asyncio.timeout(None) as cm3:
        print('when None:', cm3.when())
    print(asyncio.current_task().cancelling())


asyncio.run(main())
