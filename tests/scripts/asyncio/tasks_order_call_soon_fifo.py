# call_soon callbacks run in FIFO order, interleaved with task steps by when
# they were scheduled; callbacks scheduled while an iteration runs wait for
# the next iteration.
import asyncio


def cb(loop, name, again):
    print('callback', name)
    if again:
        loop.call_soon(cb, loop, name + "'", False)


async def task(name):
    print('task', name, 'step 1')
    await asyncio.sleep(0)
    print('task', name, 'step 2')


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, loop, 'x', True)
    t = asyncio.create_task(task('t'))
    loop.call_soon(cb, loop, 'y', True)
    print('main yields')
    await asyncio.sleep(0)
    print('main resumes')
    await t
    print('main done')


asyncio.run(main())
