# call_later/call_at run in time order, after call_soon callbacks; a
# cancelled TimerHandle never runs; when() is the absolute time.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    order = []
    loop.call_later(0.03, order.append, 'later 0.03')
    h = loop.call_later(0.02, order.append, 'cancelled')
    loop.call_at(loop.time() + 0.01, order.append, 'at +0.01')
    loop.call_soon(order.append, 'soon')
    loop.call_later(0, order.append, 'later 0')
    loop.call_later(0.05, done.set_result, None)
    h.cancel()
    print(h.cancelled(), isinstance(h, asyncio.TimerHandle), h.when() > loop.time())
    await done
    print(order)
    try:
        loop.call_later(None, print)
    except TypeError as e:
        print('TypeError', e)
    try:
        loop.call_at(None, print)
    except TypeError as e:
        print('TypeError', e)


asyncio.run(main())
