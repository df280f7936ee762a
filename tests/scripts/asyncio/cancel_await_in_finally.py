# A cancelled task can still await inside its finally block.
import asyncio


async def cleanup_slowly():
    try:
        await asyncio.sleep(10)
    finally:
        print('cleanup start')
        await asyncio.sleep(0)
        await asyncio.sleep(0.001)
        print('cleanup end')


async def main():
    t = asyncio.create_task(cleanup_slowly())
    await asyncio.sleep(0)
    t.cancel()
    print('waiting')
    try:
        await t
    except asyncio.CancelledError:
        print('task cancelled after cleanup')


asyncio.run(main())
