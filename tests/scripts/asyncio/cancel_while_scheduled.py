# cancel() while the task's next step is already scheduled (after sleep(0)):
# the step throws CancelledError instead of resuming normally.
import asyncio


async def looper(log):
    try:
        for i in range(5):
            log.append(i)
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        log.append('cancelled')
        raise


async def main():
    log = []
    t = asyncio.create_task(looper(log))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(log)


asyncio.run(main())
