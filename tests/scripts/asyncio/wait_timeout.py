# wait(timeout=...) returns what is done; nothing is cancelled.
import asyncio


async def main():
    fast = asyncio.create_task(asyncio.sleep(0, 'fast'), name='fast')
    slow = asyncio.create_task(asyncio.sleep(10), name='slow')
    done, pending = await asyncio.wait({fast, slow}, timeout=0.3)
    print([t.get_name() for t in done], [t.get_name() for t in pending])
    print('slow cancelled?', slow.cancelled())
    slow.cancel()


asyncio.run(main())
