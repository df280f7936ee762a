# 100,000 concurrent tasks, each sleeping and waking 3 times on real timers
# (staggered delays, so wake-ups spread over many loop iterations).
import asyncio

TASKS = 100_000
ROUNDS = 3

async def sleeper(i, woken):
    delay = (i % 10) * 0.001
    for _ in range(ROUNDS):
        await asyncio.sleep(delay)
        woken[0] += 1
    return i % 7

async def main():
    woken = [0]
    tasks = [asyncio.create_task(sleeper(i, woken)) for i in range(TASKS)]
    results = await asyncio.gather(*tasks)
    return len(results), woken[0], sum(results)

print("tasks, wake-ups, checksum:", asyncio.run(main()))
