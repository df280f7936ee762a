# Timeout.reschedule() moves the deadline; reschedule(None) disables it;
# misuse raises RuntimeError.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.001) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.01)
        print('survived, when =', cm.when())
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.01)
            await asyncio.sleep(10)
    except TimeoutError:
        print('rescheduled timeout fired')
    t = asyncio.timeout(1)
    try:
        t.reschedule(2)
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        cm.reschedule(3)
    except RuntimeError as e:
        print('RuntimeError', e)
    async with t:
        pass
    try:
        async with t:
            pass
    except RuntimeError as e:
        print('RuntimeError', e)


asyncio.run(main())
