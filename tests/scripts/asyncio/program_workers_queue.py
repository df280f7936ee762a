# A small program: worker tasks over a Queue with join(), wait(), an async
# generator comprehension and as_completed().
import asyncio
async def worker(name, q, results):
    while True:
        item = await q.get()
        try:
            if item == 'boom':
                raise RuntimeError('boom')
            await asyncio.sleep(0)
            results.append((name, item))
        except RuntimeError as e:
            results.append((name, 'error', str(e)))
        finally:
            q.task_done()
async def main():
    q = asyncio.Queue()
    results = []
    workers = [asyncio.create_task(worker(f'w{i}', q, results)) for i in range(3)]
    for x in ['a', 'b', 'boom', 'c', 'd', 'e', 'f']:
        q.put_nowait(x)
    await q.join()
    for w in workers: w.cancel()
    r = await asyncio.gather(*workers, return_exceptions=True)
    print([type(x).__name__ for x in r])
    print(results)
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(0.02)
    print(loop.time() - t0 >= 0.02)
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0.01, 'x'))])
    print([d.result() for d in done], pending)
    async def gen():
        for i in range(3):
            yield i
            await asyncio.sleep(0)
    print([i async for i in gen()])
    tasks = [asyncio.ensure_future(asyncio.sleep(0, i)) for i in range(3)]
    for coro in asyncio.as_completed(tasks):
        print('as_completed', await coro)
asyncio.run(main())
