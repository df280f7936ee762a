# A pending task whose loop is closed and which nobody references is
# reported as "Task was destroyed but it is pending!" when collected.
import asyncio
import gc


async def forever(fut):
    await fut


loop = asyncio.new_event_loop()
fut = loop.create_future()
task = loop.create_task(forever(fut), name='orphan')
loop.run_until_complete(asyncio.sleep(0))
print('task pending:', not task.done())
loop.close()
del task, fut
gc.collect()
print('after collection')
