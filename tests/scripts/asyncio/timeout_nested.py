# Nested timeouts: only the one that expired turns the cancellation into
# TimeoutError; the outer one sees a TimeoutError, not its own expiry.
import asyncio


async def main():
    try:
        async with asyncio.timeout(10) as outer:
            try:
                async with asyncio.timeout(0.01) as inner:
                    await asyncio.sleep(10)
            except TimeoutError:
                print('inner timed out', inner.expired(), outer.expired())
            raise TimeoutError('mine')
    except TimeoutError as e:
        print('outer sees', e, outer.expired())


asyncio.run(main())
