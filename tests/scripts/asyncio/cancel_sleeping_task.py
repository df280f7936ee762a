# Cancelling a task blocked in sleep(): CancelledError is thrown into the
# coroutine, finally blocks run, the task ends cancelled.
import asyncio


async def sleeper():
    try:
        print('sleeping')
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print('caught', type(e).__name__, e.args)
        raise
    finally:
        print('finally runs')


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print('cancel returns', t.cancel())
    print('cancelled yet?', t.cancelled(), 'done?', t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print('await raised CancelledError', e.args)
    print('cancelled', t.cancelled(), 'done', t.done())
    print('cancel again', t.cancel())


asyncio.run(main())
