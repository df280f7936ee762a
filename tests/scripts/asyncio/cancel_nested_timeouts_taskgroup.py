# Cancellation counting across nested timeout(), TaskGroup and wait_for(), and uncancel().
import asyncio
async def slow(name, d):
    try:
        await asyncio.sleep(d)
        return name
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise
async def main():
    try:
        async with asyncio.timeout(0.02):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(slow('a', 1))
                tg.create_task(slow('b', 0.001))
    except TimeoutError:
        print('timeout around taskgroup; cancelling =', asyncio.current_task().cancelling())
    try:
        async with asyncio.timeout(0.01):
            await asyncio.wait_for(slow('c', 1), 5)
    except TimeoutError as e:
        print('timeout around wait_for', type(e.__cause__).__name__)
    t = asyncio.create_task(slow('d', 1))
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    print('cancelling', t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print('d done', t.cancelled())
    async def inner_uncancel():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            asyncio.current_task().uncancel()
        await asyncio.sleep(0)
        return 'recovered'
    t2 = asyncio.create_task(inner_uncancel())
    await asyncio.sleep(0)
    t2.cancel()
    print(await t2, t2.cancelling())
    async def ignore_timeout():
        try:
            async with asyncio.timeout(0.01):
                await asyncio.sleep(1)
        except TimeoutError:
            return 'inner timeout caught'
    print(await asyncio.wait_for(ignore_timeout(), 1))
asyncio.run(main())
