# Cancelling the future gather() returned cancels the children that are
# not done; awaiting it raises CancelledError.
import asyncio


async def child(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(name, 'cancelled', e.args)
        raise


async def main():
    done_child = asyncio.create_task(asyncio.sleep(0, 'early'))
    g = asyncio.gather(child('a'), child('b'), done_child)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('cancel ->', g.cancel('gather cancelled'))
    try:
        await g
    except asyncio.CancelledError as e:
        print('gather raised CancelledError', e.args)
    print(g.cancelled(), done_child.result())
    print('cancel done gather ->', g.cancel())


asyncio.run(main())
