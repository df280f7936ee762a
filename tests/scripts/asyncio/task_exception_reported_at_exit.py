# A failed task kept in a global and never awaited is reported when the
# interpreter drops the global at exit.
import asyncio

kept = []


async def fail():
    raise OSError('at exit')


async def main():
    kept.append(asyncio.create_task(fail()))
    await asyncio.sleep(0)
    print('main done')


asyncio.run(main())
print('end of script')
