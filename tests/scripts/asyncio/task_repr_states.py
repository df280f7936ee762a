# Task reprs while pending, waiting, cancelling and finished (file paths
# replaced).
import asyncio


def show(task):
    print(repr(task).replace(__file__, 'FILE'))


async def child(ev):
    await ev.wait()
    return 'child result'


async def failing():
    raise ValueError('bad')


async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(child(ev), name='child')
    show(t)
    await asyncio.sleep(0)
    show(t)
    t.cancel()
    show(t)
    await asyncio.gather(t, return_exceptions=True)
    show(t)
    t2 = asyncio.create_task(child(ev))
    ev.set()
    await t2
    show(t2)
    t3 = asyncio.create_task(failing())
    await asyncio.gather(t3, return_exceptions=True)
    show(t3)


asyncio.run(main())
