# current_task() and all_tasks() inside and outside tasks.
import asyncio


async def child(ev):
    me = asyncio.current_task()
    print('child is current:', me.get_name())
    await ev.wait()


async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(child(ev), name='child')
    await asyncio.sleep(0)
    names = sorted(x.get_name() for x in asyncio.all_tasks())
    print('all tasks:', names)
    ev.set()
    await t
    print('after:', sorted(x.get_name() for x in asyncio.all_tasks()))
    print('current is main:', asyncio.current_task().get_name())


asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print('RuntimeError', e)
