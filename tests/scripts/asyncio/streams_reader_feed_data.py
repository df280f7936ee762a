# StreamReader used on its own: feed_data/feed_eof, read(n), readline(),
# readuntil() errors, the limit and LimitOverrunError.
import asyncio


async def main():
    r = asyncio.StreamReader()
    r.feed_data(b'line one\nline two\npartial')
    r.feed_eof()
    print(await r.readline())
    print(await r.read(4))
    print(await r.readline())
    print(await r.readline(), r.at_eof())
    print(await r.read(), await r.readline())

    small = asyncio.StreamReader(limit=5)
    small.feed_data(b'0123456789\nok\n')
    try:
        await small.readline()
    except ValueError as e:
        print('ValueError', e)
    print(await small.readline())

    sep = asyncio.StreamReader(limit=4)
    sep.feed_data(b'abcdefgh')
    try:
        await sep.readuntil(b'|')
    except asyncio.LimitOverrunError as e:
        print('LimitOverrunError', e, e.consumed)
    try:
        await sep.readuntil(b'')
    except ValueError as e:
        print('ValueError', e)
    print(await sep.read(6))
    sep.feed_eof()
    try:
        await sep.readuntil(b'|')
    except asyncio.IncompleteReadError as e:
        print('IncompleteReadError', e, e.partial)

    exc_reader = asyncio.StreamReader()
    exc_reader.set_exception(ConnectionResetError('gone'))
    try:
        await exc_reader.read(1)
    except ConnectionResetError as e:
        print('ConnectionResetError', e, exc_reader.exception() is e)
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print('ValueError', e)


asyncio.run(main())
