# asyncio.run() calls loop.shutdown_asyncgens(): a generator still alive
# (held by a global) is closed before the loop closes.
import asyncio

gen = None


async def numbers():
    try:
        yield 1
        yield 2
    finally:
        print('numbers finalized')


async def main():
    global gen
    gen = numbers()
    print(await gen.__anext__())


asyncio.run(main())
print('after run')
