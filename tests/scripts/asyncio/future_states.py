# Future state machine: result()/exception() before completion, after a
# result, after an exception, after cancellation; set twice.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.done(), f.cancelled())
    for meth in (f.result, f.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print('InvalidStateError', e)
    f.set_result('ok')
    print(f.done(), f.result(), f.exception())
    try:
        f.set_result('again')
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)
    try:
        f.set_exception(ValueError())
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)

    g = loop.create_future()
    g.set_exception(KeyError('k'))
    print(repr(g.exception()))
    try:
        g.result()
    except KeyError as e:
        print('KeyError', e)

    h = loop.create_future()
    h.set_exception(ValueError)  # a class is instantiated
    print(repr(h.exception()))

    s = loop.create_future()
    try:
        s.set_exception(StopIteration())
    except TypeError as e:
        print('TypeError', e)

    c = loop.create_future()
    print(c.cancel(), c.cancel(), c.cancelled(), c.done())
    try:
        c.result()
    except asyncio.CancelledError as e:
        print('CancelledError', e.args)
    print(c.get_loop() is loop)


asyncio.run(main())
