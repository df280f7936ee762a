# A task may catch CancelledError and finish normally: it is then not
# cancelled, and cancelling() still counts the request until uncancel().
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('ignoring cancellation; cancelling() =', asyncio.current_task().cancelling())
    await asyncio.sleep(0)
    print('uncancel ->', asyncio.current_task().uncancel())
    return 'finished anyway'


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print('cancelling() after cancel:', t.cancelling())
    print(await t)
    print('cancelled:', t.cancelled(), 'cancelling:', t.cancelling())


asyncio.run(main())
