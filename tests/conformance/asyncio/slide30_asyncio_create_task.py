# Slide 30: the event loop drives the coroutines scheduled to run: create_task() schedules, await collects the result
import asyncio

async def job(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        await asyncio.sleep(0)
    return f"{name} ok"

async def main():
    t1 = asyncio.create_task(job("t1", 2))
    t2 = asyncio.create_task(job("t2", 3))
    print("tasks created, nothing ran yet")
    print(await t1)
    print("t2 done?", t2.done())
    print(await t2)
    print("t2 done?", t2.done())

asyncio.run(main())
