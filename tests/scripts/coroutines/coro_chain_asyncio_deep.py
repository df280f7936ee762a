# asyncio.run of a chain of 20 nested awaits with asyncio.sleep(0) at the
# bottom: the task suspends and resumes through every level many times, the
# return value comes back up with each level's mark, and two such chains run
# side by side in one gather interleave step by step.
import asyncio

order = []


async def bottom(name, steps):
    for i in range(steps):
        order.append((name, i))
        await asyncio.sleep(0)
    return [name]


async def level(n, name, steps):
    if n == 0:
        return await bottom(name, steps)
    r = await level(n - 1, name, steps)
    return r + [n]


async def main():
    r = await level(19, 'solo', 5)
    print(len(r), r[:3], r[-1], order)
    order.clear()
    a, b = await asyncio.gather(level(19, 'a', 3), level(19, 'b', 3))
    print(a[-1], b[-1], order)
    return 'main done'


print(asyncio.run(main()))
