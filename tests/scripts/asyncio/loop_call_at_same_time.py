# Timers due at the same loop time run in the order the timer heap gives
# them (CPython's heapq, comparing times only), not necessarily FIFO.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    order = []
    when = loop.time() + 0.01
    for i in range(8):
        loop.call_at(when, order.append, i)
    loop.call_at(when - 0.005, order.append, 'earlier')
    await asyncio.sleep(0.05)
    print(order)


asyncio.run(main())
