# shield(): cancelling the awaiting task does not cancel the shielded one.
import asyncio


async def precious():
    await asyncio.sleep(0.01)
    print('precious work completed')
    return 'result'


async def waiter(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print('waiter cancelled; inner cancelled?', inner.cancelled())
        raise


async def main():
    inner = asyncio.create_task(precious())
    w = asyncio.create_task(waiter(inner))
    await asyncio.sleep(0)
    w.cancel()
    await asyncio.gather(w, return_exceptions=True)
    print('inner result:', await inner)
    done = asyncio.get_running_loop().create_future()
    done.set_result(1)
    print('shield of a done future is itself:', asyncio.shield(done) is done)


asyncio.run(main())
