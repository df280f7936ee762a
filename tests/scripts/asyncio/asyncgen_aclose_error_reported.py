# shutdown_asyncgens() reports an async generator whose aclose() fails.
import asyncio

agen = None


async def stubborn():
    try:
        yield 1
    finally:
        raise RuntimeError('cannot close')


async def main():
    global agen
    agen = stubborn()
    print(await agen.__anext__())


asyncio.run(main())
print('run finished')
