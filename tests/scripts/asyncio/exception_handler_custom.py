# set_exception_handler(): the handler receives the loop and a context dict.
import asyncio


def handler(loop, context):
    print('handler:', context['message'])
    print('  exception:', repr(context.get('exception')))
    print('  keys:', sorted(context))


def bad_callback(x):
    raise KeyError(x)


async def fail():
    raise RuntimeError('lost')


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback, 'k')
    await asyncio.sleep(0)
    asyncio.create_task(fail())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    loop.call_exception_handler({'message': 'custom message'})
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print('TypeError', e)
    loop.set_exception_handler(None)


asyncio.run(main())
