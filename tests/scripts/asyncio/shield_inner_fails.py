# shield(): the inner awaitable's exception or cancellation reaches the awaiter.
import asyncio


async def fails():
    await asyncio.sleep(0)
    raise OSError('disk')


async def main():
    try:
        await asyncio.shield(fails())
    except OSError as e:
        print('OSError', e)
    inner = asyncio.create_task(asyncio.sleep(10))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled too:', outer.cancelled())


asyncio.run(main())
