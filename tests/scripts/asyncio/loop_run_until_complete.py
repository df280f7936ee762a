# new_event_loop + run_until_complete with a coroutine, a task, a future;
# the loop's state methods.
import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(add(1, 2)))
task = loop.create_task(add(3, 4))
print(loop.run_until_complete(task), task.done())
fut = loop.create_future()
loop.call_soon(fut.set_result, 'from callback')
print(loop.run_until_complete(fut))
print(repr(loop))
loop.close()
print(loop.is_closed(), repr(loop))
loop.close()
coro = add(0, 0)
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print('RuntimeError', e)
coro.close()
