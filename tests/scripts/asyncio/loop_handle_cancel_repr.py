# Handle/TimerHandle: cancel() before the loop runs them; reprs.
import asyncio


def hello(name):
    print('hello', name)


async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_soon(hello, 'one')
    h2 = loop.call_soon(hello, 'two')
    print(repr(h2))
    h2.cancel()
    print(repr(h2), h2.cancelled())
    t = loop.call_later(10, hello, 'never')
    print(repr(t).startswith('<TimerHandle when='), repr(t).endswith(' hello(\'never\')>'))
    t.cancel()
    print(repr(t).startswith('<TimerHandle cancelled when='))
    await asyncio.sleep(0)
    print(h1.cancelled())


asyncio.run(main())
