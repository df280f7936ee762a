# Several cancel() calls: one CancelledError, cancelling() counts them all.
import asyncio


async def target():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print('CancelledError', e.args, asyncio.current_task().cancelling())
        raise


async def main():
    t = asyncio.create_task(target())
    await asyncio.sleep(0)
    print(t.cancel('first'), t.cancel('second'), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print('outer', e.args)


asyncio.run(main())
