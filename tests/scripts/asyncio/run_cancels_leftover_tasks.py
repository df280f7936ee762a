# When main() returns, asyncio.run() cancels the tasks still pending and
# waits for them (their finally blocks run).
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
    asyncio.create_task(background('bg1'))
    asyncio.create_task(background('bg2'))
    await asyncio.sleep(0)
    print('main returns')
    return 'main result'


print(asyncio.run(main()))
