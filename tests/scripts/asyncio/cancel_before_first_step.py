# A task cancelled before it ever ran: its coroutine body never executes.
import asyncio


async def never():
    print('this is never printed')


async def main():
    t = asyncio.create_task(never())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled before starting:', t.cancelled())


asyncio.run(main())
