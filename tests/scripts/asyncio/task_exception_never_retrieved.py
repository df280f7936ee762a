# A failed task nobody awaits reports "Task exception was never retrieved"
# on stderr when it is garbage collected (the last line is the exception).
import asyncio


async def fail():
    raise ValueError('nobody looked at me')


async def main():
    asyncio.create_task(fail())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('main continues')


asyncio.run(main())
print('done')
