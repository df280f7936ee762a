# wait(): FIRST_COMPLETED, FIRST_EXCEPTION and ALL_COMPLETED; done/pending
# are sets of the given tasks.
import asyncio


async def job(name, steps, fail=False):
    for _ in range(steps):
        await asyncio.sleep(0)
    if fail:
        raise RuntimeError(name)
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    a = asyncio.create_task(job('a', 1), name='a')
    b = asyncio.create_task(job('b', 3), name='b')
    c = asyncio.create_task(job('c', 2, fail=True), name='c')
    done, pending = await asyncio.wait([a, b, c], return_when=asyncio.FIRST_COMPLETED)
    print('FIRST_COMPLETED', names(done), names(pending))
    done, pending = await asyncio.wait([a, b, c], return_when=asyncio.FIRST_EXCEPTION)
    print('FIRST_EXCEPTION', names(done), names(pending))
    done, pending = await asyncio.wait([a, b, c])
    print('ALL_COMPLETED', names(done), names(pending))
    print([t.result() for t in (a, b)], repr(c.exception()))


asyncio.run(main())
