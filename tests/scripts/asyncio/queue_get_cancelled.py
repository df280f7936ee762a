# A getter cancelled while waiting leaves the queue consistent: the next
# item goes to the next getter.
import asyncio


async def getter(q, name):
    item = await q.get()
    print(name, 'got', item)


async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(getter(q, 'g1'))
    g2 = asyncio.create_task(getter(q, 'g2'))
    await asyncio.sleep(0)
    g1.cancel()
    q.put_nowait('item')
    await asyncio.gather(g1, g2, return_exceptions=True)
    print('g1 cancelled', g1.cancelled(), 'queue empty', q.empty())


asyncio.run(main())
