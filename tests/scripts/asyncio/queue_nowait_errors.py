# put_nowait/get_nowait raise QueueFull/QueueEmpty; qsize, empty, full, maxsize.
import asyncio


async def main():
    q = asyncio.Queue(2)
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e))
    q.put_nowait(1)
    q.put_nowait(2)
    print(q.qsize(), q.empty(), q.full())
    try:
        q.put_nowait(3)
    except asyncio.QueueFull as e:
        print('QueueFull', repr(e))
    print(q.get_nowait(), q.get_nowait())
    unbounded = asyncio.Queue()
    for i in range(100):
        unbounded.put_nowait(i)
    print(unbounded.full(), unbounded.qsize())
    print(issubclass(asyncio.QueueEmpty, Exception), issubclass(asyncio.QueueFull, Exception))


asyncio.run(main())
