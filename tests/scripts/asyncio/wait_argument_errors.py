# wait() argument checks (3.11: coroutines are refused).
import asyncio


async def nop():
    pass


async def main():
    coro = nop()
    for args, kwargs in ([[coro]], {}), ([[]], {}), ([coro], {}), \
            ([[asyncio.sleep(0)]], {'return_when': 'SOMETIMES'}):
        try:
            await asyncio.wait(*args, **kwargs)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    coro.close()
    # Closing what the loop never ran.
    for a in args[0]:
        a.close()


asyncio.run(main())
