# A task cancelling itself: the CancelledError arrives at its next await.
import asyncio


async def self_cancelling():
    me = asyncio.current_task()
    print('cancel returns', me.cancel('by myself'))
    print('still running; cancelling() =', me.cancelling())
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError as e:
        print('CancelledError at the await', e.args)
        raise


async def main():
    t = asyncio.create_task(self_cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print('main sees', e.args, t.cancelled())


asyncio.run(main())
