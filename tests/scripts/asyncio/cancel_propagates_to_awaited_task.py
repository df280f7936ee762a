# Cancelling a task that awaits another task cancels the inner one too.
import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    finally:
        print('inner finally')


async def outer(box):
    box.append(asyncio.create_task(inner()))
    try:
        await box[0]
    finally:
        print('outer finally')


async def main():
    box = []
    t = asyncio.create_task(outer(box))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        pass
    print('outer cancelled', t.cancelled(), 'inner cancelled', box[0].cancelled())


asyncio.run(main())
