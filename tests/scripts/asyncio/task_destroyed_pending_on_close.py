# Closing a loop drops its queued callbacks: a task whose next step was
# queued is destroyed pending, which is reported on stderr.
import asyncio


async def spinner():
    while True:
        await asyncio.sleep(0)


loop = asyncio.new_event_loop()
loop.create_task(spinner(), name='spinner')
loop.run_until_complete(asyncio.sleep(0))
print('closing the loop')
loop.close()
print('closed')
