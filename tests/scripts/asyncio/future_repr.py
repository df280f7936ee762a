# Future reprs: pending, with callbacks, finished with a (shortened) result,
# with an exception, cancelled.
import asyncio


def on_done(fut):
    pass


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.add_done_callback(on_done)
    print(repr(f).replace(__file__, 'FILE'))
    f.add_done_callback(on_done)
    f.add_done_callback(print)
    print(repr(f).replace(__file__, 'FILE'))
    f.set_result(list(range(10)))
    print(repr(f))
    g = loop.create_future()
    g.set_result('x' * 50)
    print(repr(g))
    h = loop.create_future()
    h.set_exception(RuntimeError('bad'))
    print(repr(h))
    h.exception()
    k = loop.create_future()
    k.cancel()
    print(repr(k))
    d = loop.create_future()
    d.set_result({'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5})
    print(repr(d))
    await asyncio.sleep(0)


asyncio.run(main())
