# Slide 30: asyncio's loop drives coroutines: asyncio.run() rejects an object that is not a coroutine
import asyncio

for not_a_coroutine in (42, "text", None):
    try:
        asyncio.run(not_a_coroutine)
    except ValueError as e:
        print(type(e).__name__, e)

async def ok():
    return "coroutine accepted"

print(asyncio.run(ok()))
