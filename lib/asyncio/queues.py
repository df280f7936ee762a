"""Queues for producer/consumer tasks: FIFO, LIFO and priority."""

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')

import collections
import heapq

import _asyncio
from _asyncio import _queue_get_now, _queue_put_now

from . import locks
from . import mixins
from .futures import GenericAlias


class QueueEmpty(Exception):
    """get_nowait() found the queue empty."""
    pass


class QueueFull(Exception):
    """put_nowait() found the queue full."""
    pass


class Queue(mixins._LoopBoundMixin):
    """A FIFO queue for coordinating producer and consumer tasks.

    With maxsize <= 0 the queue is unbounded; otherwise put() waits while
    it holds maxsize items. qsize() is exact: nothing runs between tasks'
    steps.
    """

    def __init__(self, maxsize=0):
        self._maxsize = maxsize

        # Futures of the tasks blocked in get() / put(), oldest first.
        self._getters = collections.deque()
        self._putters = collections.deque()
        self._unfinished_tasks = 0
        self._finished = locks.Event()
        self._finished.set()
        self._init(maxsize)

    # The storage, overridden by the subclasses.

    def _init(self, maxsize):
        self._queue = collections.deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        # Wake the first waiter that is still waiting.
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    __class_getitem__ = classmethod(GenericAlias)

    def _format(self):
        result = f'maxsize={self._maxsize!r}'
        if getattr(self, '_queue', None):
            result += f' _queue={list(self._queue)!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        return result

    def qsize(self):
        """How many items the queue holds."""
        return len(self._queue)

    @property
    def maxsize(self):
        """The capacity given (0 or less: unbounded)."""
        return self._maxsize

    def empty(self):
        """True if the queue holds no item."""
        return not self._queue

    def full(self):
        """Return True if there are maxsize items in the queue (never for
        an unbounded queue)."""
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        """Put an item into the queue, waiting for a free slot if it is full."""
        if _queue_put_now(self, item):
            # A plain Queue with a free slot: put_nowait() done natively.
            return None
        while self.full():
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except:
                putter.cancel()  # In case it is still pending.
                try:
                    self._putters.remove(putter)
                except ValueError:
                    # Already removed by get_nowait().
                    pass
                if not self.full() and not putter.cancelled():
                    # Woken by get_nowait() but leaving: pass the free
                    # slot on to the next putter.
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        """Put an item into the queue; QueueFull if there is no free slot."""
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        """Remove and return an item, waiting for one if the queue is empty."""
        item = _queue_get_now(self, _NO_ITEM)
        if item is not _NO_ITEM:
            # A plain Queue holding an item: get_nowait() done natively.
            return item
        while self.empty():
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except:
                getter.cancel()  # In case it is still pending.
                try:
                    self._getters.remove(getter)
                except ValueError:
                    # Already removed by put_nowait().
                    pass
                if not self.empty() and not getter.cancelled():
                    # Woken by put_nowait() but leaving: pass the item on
                    # to the next getter.
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        """Remove and return an item; QueueEmpty if there is none."""
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        """Mark one item taken with get() as processed (for join()).

        ValueError if called more times than items were put.
        """
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        """Wait until every item put was marked done with task_done()."""
        if self._unfinished_tasks > 0:
            await self._finished.wait()


# What _queue_get_now() returns when it took no item.
_NO_ITEM = object()

# The fast paths of put() and get() stand for Queue's own methods
# (runtime/asyncio_queue.cpp): they run only for queues that use them all.
_asyncio._set_queue_helpers(Queue, collections.deque, locks.Event)


class PriorityQueue(Queue):
    """A Queue that gives the lowest entry first (entries are typically
    (priority, data) tuples)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item, heappush=heapq.heappush):
        heappush(self._queue, item)

    def _get(self, heappop=heapq.heappop):
        return heappop(self._queue)


class LifoQueue(Queue):
    """A Queue that gives the most recently added entry first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
