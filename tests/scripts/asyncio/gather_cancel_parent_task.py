# Cancelling the task that awaits gather() cancels the gathered children.
import asyncio


async def child(i):
    try:
        await asyncio.sleep(10)
    finally:
        print('child', i, 'finally')


async def parent():
    await asyncio.gather(*(child(i) for i in range(3)))


async def main():
    t = asyncio.create_task(parent())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('parent cancelled', t.cancelled())


asyncio.run(main())
