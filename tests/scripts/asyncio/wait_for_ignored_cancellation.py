# wait_for() on a task that swallows its cancellation: on timeout the
# task's result is returned instead of raising TimeoutError.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('stubborn swallows the cancellation')
    return 'stubborn result'


async def main():
    print(await asyncio.wait_for(stubborn(), 0.01))


asyncio.run(main())
