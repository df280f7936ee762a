# asyncio.run() needs a coroutine.
import asyncio


async def coro_function():
    return 1

for bad in (1, coro_function, None):
    try:
        asyncio.run(bad)
    except ValueError as e:
        print('ValueError', str(e).replace(repr(coro_function), '<function>'))
print(asyncio.run(coro_function()))
