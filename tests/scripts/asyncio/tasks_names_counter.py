# Task names: Task-N from a global counter; asyncio.create_task(name=...)
# still uses up a number; set_name/get_name.
import asyncio


async def nop():
    return None


async def main():
    print(asyncio.current_task().get_name())
    t1 = asyncio.create_task(nop())
    t2 = asyncio.create_task(nop(), name='custom')
    t3 = asyncio.create_task(nop())
    loop = asyncio.get_running_loop()
    t4 = loop.create_task(nop(), name='via-loop')
    t5 = loop.create_task(nop())
    for t in (t1, t2, t3, t4, t5):
        print(t.get_name())
    t1.set_name(12345)
    print(repr(t1.get_name()))
    await asyncio.gather(t1, t2, t3, t4, t5)


asyncio.run(main())
asyncio.run(nop())
print('second run done')
