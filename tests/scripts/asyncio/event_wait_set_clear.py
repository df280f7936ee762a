# Event: wait() blocks until set(); set() wakes all waiters; clear().
import asyncio


async def waiter(ev, name):
    print(name, 'waiting')
    print(name, 'woke with', await ev.wait())


async def main():
    ev = asyncio.Event()
    print(repr(ev).endswith('[unset]>'), ev.is_set())
    tasks = [asyncio.create_task(waiter(ev, n)) for n in ('a', 'b')]
    await asyncio.sleep(0)
    print(repr(ev).endswith('[unset, waiters:2]>'))
    ev.set()
    print('set', ev.is_set())
    await asyncio.gather(*tasks)
    print(await ev.wait())
    ev.clear()
    print('cleared', ev.is_set(), repr(ev).endswith('[unset]>'))
    t = asyncio.create_task(waiter(ev, 'c'))
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await t
    print(repr(ev).endswith('[unset]>'))


asyncio.run(main())
