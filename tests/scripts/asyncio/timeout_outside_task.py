# asyncio.timeout() outside a running loop / task.
import asyncio

try:
    asyncio.timeout(1)
except RuntimeError as e:
    print('RuntimeError', e)


async def enter():
    async with asyncio.timeout(1):
        pass

loop = asyncio.new_event_loop()
coro = enter()
try:
    coro.send(None)
except RuntimeError as e:
    print('RuntimeError', e)
coro.close()
loop.close()
