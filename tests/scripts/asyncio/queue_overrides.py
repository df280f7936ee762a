# put()/get() of Queue subclasses and instances that override the methods
# they call (full, qsize, put_nowait, _put, empty, get_nowait, _get,
# _wakeup_next), replaced fields, and waiters already done: the same calls
# in the same order as CPython's pure-Python Queue.
import asyncio


class Traced(asyncio.Queue):
    def __init__(self, *args, **kwargs):
        self.log = []
        super().__init__(*args, **kwargs)

    def full(self):
        self.log.append('full')
        return super().full()

    def qsize(self):
        self.log.append('qsize')
        return super().qsize()

    def empty(self):
        self.log.append('empty')
        return super().empty()

    def _put(self, item):
        self.log.append(('_put', item))
        super()._put(item)

    def _get(self):
        item = super()._get()
        self.log.append(('_get', item))
        return item

    def _wakeup_next(self, waiters):
        self.log.append(('wakeup', len(waiters)))
        super()._wakeup_next(waiters)


class Loud(asyncio.Event):
    def clear(self):
        print('  Event.clear')
        super().clear()


class Size:
    """A maxsize that is not an int: compares like 2 and says so."""
    def __le__(self, other):
        print('  maxsize <=', other)
        return 2 <= other

    def __ge__(self, other):
        return 2 >= other

    def __repr__(self):
        return 'Size()'


async def main():
    q = Traced(maxsize=2)
    await q.put(1)
    await q.put(2)
    print(q.log)
    q.log.clear()
    print(await q.get(), await q.get(), q.log)

    # An instance attribute shadows a method.
    q = asyncio.Queue()
    q.put_nowait = lambda item: print('  instance put_nowait', item)
    await q.put('x')
    print(q.qsize())
    q = asyncio.Queue()
    q.put_nowait(5)
    q.get_nowait = lambda: 'from instance'
    print(await q.get(), q.qsize())

    # A replaced _finished event and a maxsize of another type.
    q = asyncio.Queue()
    q._finished = Loud()
    await q.put(1)
    print(q._unfinished_tasks, q._finished.is_set())
    q = asyncio.Queue(Size())
    await q.put('a')
    print(q.qsize(), q.full())

    # Waiters that are done already are skipped; the next one gets the item.
    q = asyncio.Queue()
    getters = [asyncio.create_task(q.get()) for _ in range(3)]
    await asyncio.sleep(0)
    getters[0].cancel()
    await asyncio.sleep(0)
    await q.put('first')
    await q.put('second')
    await asyncio.sleep(0)
    print([g.cancelled() or g.result() if g.done() else 'pending' for g in getters])

    # Putters blocked on a full queue are woken in order by get().
    q = asyncio.Queue(1)
    await q.put(0)
    putters = [asyncio.create_task(q.put(i)) for i in (1, 2)]
    await asyncio.sleep(0)
    print(q.qsize(), len(q._putters), [await q.get() for _ in range(3)], [p.done() for p in putters])

    # LifoQueue and PriorityQueue override the storage.
    for cls in (asyncio.LifoQueue, asyncio.PriorityQueue):
        q = cls()
        for x in (3, 1, 2):
            await q.put(x)
        print(cls.__name__, [await q.get() for _ in range(3)], q._unfinished_tasks)

    # Methods patched on the class are used by every queue.
    original = asyncio.Queue._put
    asyncio.Queue._put = lambda self, item: (print('  patched _put', item), original(self, item))
    q = asyncio.Queue()
    await q.put(7)
    asyncio.Queue._put = original
    await q.put(8)
    print(await q.get(), await q.get())

    # A patched Event.clear runs on every put, even when the flag is clear.
    original_clear = asyncio.Event.clear
    asyncio.Event.clear = lambda self: (print('  patched clear', self._value), original_clear(self))
    q = asyncio.Queue()
    await q.put(1)
    await q.put(2)
    asyncio.Event.clear = original_clear
    q._finished.__dict__['clear'] = lambda: print('  instance clear')
    await q.put(3)
    print(q._unfinished_tasks, q._finished.is_set())

    # task_done/join still balance.
    q = asyncio.Queue()
    for i in range(3):
        await q.put(i)
    for i in range(3):
        await q.get()
        q.task_done()
    await q.join()
    print('joined', q._unfinished_tasks)


asyncio.run(main())
