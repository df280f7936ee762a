# Barrier (3.11): tasks wait until `parties` of them arrive; each gets an index.
import asyncio


async def member(barrier, name):
    print(name, 'arrives')
    index = await barrier.wait()
    print(name, 'passes with index', index)


async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    await asyncio.gather(*(member(barrier, n) for n in 'xyz'))
    print('n_waiting after', barrier.n_waiting)
    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(b2.wait())
    await asyncio.sleep(0)
    await b2.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print('BrokenBarrierError', e, b2.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print('ValueError', e)


asyncio.run(main())
