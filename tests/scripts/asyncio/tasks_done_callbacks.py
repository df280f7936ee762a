# Done callbacks run through the loop, in registration order, once; a
# callback added to a done future runs soon; remove_done_callback counts.
import asyncio


def make_cb(name):
    def cb(fut):
        print('cb', name, fut.result())
    return cb


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    a, b, c = make_cb('a'), make_cb('b'), make_cb('c')
    fut.add_done_callback(a)
    fut.add_done_callback(b)
    fut.add_done_callback(a)
    fut.add_done_callback(c)
    print('removed', fut.remove_done_callback(a))
    print('removed again', fut.remove_done_callback(a))
    fut.set_result(7)
    print('set_result returned; callbacks not yet run')
    await asyncio.sleep(0)
    fut.add_done_callback(make_cb('late'))
    print('added late')
    await asyncio.sleep(0)
    print('end')


asyncio.run(main())
