# When main() returns, asyncio.run() cancels the tasks still pending and
# waits for them (their finally blocks run). (One task only: CPython
# cancels several in the order of a set of tasks, i.e. of their addresses.)
import asyncio


async def background(name):
    try:
        print(name, 'started')
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, 'cancelled at shutdown')
        raise
    finally:
        print(name, 'finally')


async def main():
    asyncio.create_task(background('bg'))
    await asyncio.sleep(0)
    print('main returns')
    return 'main result'


print(asyncio.run(main()))
