# join() waits until task_done() was called for every item; too many
# task_done() calls raise ValueError.
import asyncio


async def worker(q, name):
    while True:
        item = await q.get()
        await asyncio.sleep(0)
        print(name, 'processed', item)
        q.task_done()


async def main():
    q = asyncio.Queue()
    for i in range(5):
        q.put_nowait(i)
    workers = [asyncio.create_task(worker(q, f'w{i}')) for i in range(2)]
    await q.join()
    print('all processed; unfinished =', q._unfinished_tasks)
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError', e)
    await q.join()
    print('join on an idle queue returns at once')


asyncio.run(main())
