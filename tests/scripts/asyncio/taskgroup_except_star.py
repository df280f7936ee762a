# asyncio.TaskGroup with except*: the failures of the tasks arrive as one
# ExceptionGroup, and each except* clause takes its kind.
import asyncio


async def work(n):
    await asyncio.sleep(0)
    if n % 2:
        raise ValueError(f"bad {n}")
    if n == 4:
        raise KeyError(n)
    return n


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(5):
                tg.create_task(work(i))
    except* ValueError as eg:
        print("values:", sorted(str(e) for e in eg.exceptions))
    except* KeyError as eg:
        print("keys:", [e.args for e in eg.exceptions])
    try:
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(work(1))
        except* TypeError:
            print("never")
    except ExceptionGroup as eg:
        print("no TypeError in it: the plain except outside takes it", eg.exceptions)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(work(3))


try:
    asyncio.run(main())
except* ValueError as eg:
    print("outside:", repr(eg))
