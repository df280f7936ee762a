# TaskGroup (3.11): leaving the block waits for every task.
import asyncio


async def work(name, steps):
    for _ in range(steps):
        await asyncio.sleep(0)
    print(name, 'finished')
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work('one', 2))
        t2 = tg.create_task(work('two', 1), name='second')
        print('block ends', repr(tg))
    print('after block', t1.result(), t2.result(), t2.get_name())
    late = work('late', 0)
    try:
        tg.create_task(late)
    except RuntimeError as e:
        print('RuntimeError', str(e).replace(repr(tg), 'TG'))
    late.close()


asyncio.run(main())
