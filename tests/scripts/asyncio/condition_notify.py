# Condition: wait() releases the lock until notify(); notify(n) wakes n
# waiters in order; notify_all(); wait_for(predicate).
import asyncio


async def consumer(cond, name, box):
    async with cond:
        print(name, 'waiting')
        await cond.wait()
        print(name, 'notified; item =', box.pop(0) if box else None)


async def main():
    cond = asyncio.Condition()
    box = []
    tasks = [asyncio.create_task(consumer(cond, n, box)) for n in ('a', 'b', 'c')]
    await asyncio.sleep(0)
    async with cond:
        box.extend([1, 2])
        cond.notify(2)
        print('notified two')
    await asyncio.sleep(0)
    async with cond:
        box.append(3)
        cond.notify_all()
    await asyncio.gather(*tasks)

    state = {'ready': False}

    async def setter():
        await asyncio.sleep(0)
        async with cond:
            state['ready'] = True
            cond.notify_all()

    async with cond:
        asyncio.create_task(setter())
        print('wait_for ->', await cond.wait_for(lambda: state['ready']))

    try:
        await cond.wait()
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError', e)


asyncio.run(main())
