"""Tasks (coroutines driven by the loop) and the functions that combine them."""

__all__ = (
    'Task', 'create_task',
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
    'wait', 'wait_for', 'as_completed', 'sleep',
    'gather', 'shield', 'ensure_future',
    'current_task', 'all_tasks',
    '_register_task', '_unregister_task', '_enter_task', '_leave_task',
)

import _asyncio
import functools
import itertools
import sys
import types

from . import base_tasks
from . import coroutines
from . import events
from . import exceptions
from . import futures
from .futures import _PENDING

# Task names: 'Task-1', 'Task-2', ... (a name passed to asyncio.create_task
# is set after the task was made, so it still uses up a number, as in CPython).
_task_name_counter = itertools.count(1).__next__

# The tasks that are not done yet, in creation order. CPython keeps a
# WeakSet of all tasks; pyco has no weak references, so a task stays here
# (alive) until it finishes or its loop is closed.
_all_tasks = {}

# The task each running loop is executing: {loop: task}.
_current_tasks = {}


def current_task(loop=None):
    """Return the task currently executed by the loop, or None."""
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """Return the set of the loop's tasks that are not done."""
    if loop is None:
        loop = events.get_running_loop()
    return {t for t in list(_all_tasks)
            if futures._get_loop(t) is loop and not t.done()}


def _set_task_name(task, name):
    if name is not None:
        task.set_name(name)


class Task(futures.Future):
    """A coroutine wrapped in a Future.

    While the task is not done, _fut_waiter is None or a Future, and the
    task is in one of three states:
      1. waiting: _fut_waiter is not done and one of its callbacks is
         task_wakeup (no step is scheduled);
      2. scheduled: _fut_waiter is None or done, and a step is in the
         loop's ready queue;
      3. running: inside __step, with _fut_waiter cleared.
    """

    # Shown as <class '_asyncio.Task'>, as CPython's C class.
    __module__ = '_asyncio'

    def __init__(self, coro, *, loop=None, name=None, context=None):
        # Native (runtime/asyncio_module.cpp), as CPython's C Task:
        #     futures.Future.__init__(self, loop=loop)
        #     if not coroutines.iscoroutine(coro):
        #         # No __del__ report for a task that never was
        #         # (_log_destroy_pending is still False).
        #         raise TypeError(f"a coroutine was expected, got {coro!r}")
        #     # Report "Task was destroyed but it is pending!" if collected pending.
        #     self._log_destroy_pending = True
        #     if name is None:
        #         self._name = f'Task-{_task_name_counter()}'
        #     else:
        #         self._name = str(name)
        #     self._coro = coro
        #     self._context = context
        #     self._loop.call_soon(self.__step)
        #     _register_task(self)
        _asyncio._task_init(self, coro, loop, name, context)

    # __del__ is native (runtime/asyncio_module.cpp): it calls this for a
    # task collected while pending, then reports an exception nobody
    # retrieved as futures do.
    def _report_destroyed_pending(self):
        self._loop.call_exception_handler({
            'task': self,
            'message': 'Task was destroyed but it is pending!',
        })

    def __repr__(self):
        return base_tasks._task_repr(self)

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        """The frame the coroutine is suspended in (a list of at most one
        frame, as CPython gives for suspended coroutines)."""
        frame = getattr(self._coro, 'cr_frame', None) or getattr(self._coro, 'gi_frame', None)
        if frame is None or limit is not None and limit <= 0:
            return []
        return [frame]

    def print_stack(self, *, limit=None, file=None):
        """Print get_stack() (without source lines) to file or sys.stderr."""
        if file is None:
            file = sys.stderr
        frames = self.get_stack(limit=limit)
        if not frames:
            print(f'No stack for {self!r}', file=file)
            return
        print(f'Stack for {self!r} (most recent call last):', file=file)
        for f in frames:
            print(f'  File "{f.f_code.co_filename}", line {f.f_lineno}, in {f.f_code.co_name}', file=file)

    def cancel(self, msg=None):
        """Request that the task cancel itself.

        A CancelledError is thrown into the coroutine at its next step; the
        coroutine may catch it. Returns False if the task is already done.
        Each call counts a cancellation request (see cancelling()).
        """
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                # Keep _fut_waiter: it may be a task that ignores the
                # cancellation and must be cancelled again later.
                return True
        # A step is scheduled (state 2): it throws CancelledError in.
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        """The number of pending cancellation requests."""
        return self._num_cancels_requested

    def uncancel(self):
        """Withdraw one cancellation request; return how many remain."""
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    # __step (as _Task__step) and task_wakeup are native
    # (runtime/asyncio_module.cpp): CPython's task_step.


_PyTask = Task


def create_task(coro, *, name=None, context=None):
    """Schedule the execution of a coroutine object in a new Task."""
    loop = events.get_running_loop()
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    _set_task_name(task, name)
    return task


# wait() and as_completed(): PEP 3148's functions for asyncio futures.

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the Futures or Tasks in fs; return (done, pending) sets.

    Since 3.11 coroutines are refused. A timeout does not raise: what is
    not done is returned in `pending`.
    """
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')

    fs = set(fs)

    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")

    loop = events.get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait_for(fut, timeout):
    """Wait for a future or coroutine, cancelling it after `timeout` seconds.

    On timeout the awaitable is cancelled, and TimeoutError raised once it
    has finished. If wait_for() itself is cancelled, so is the awaitable.
    (The 3.11 implementation, with its own waiter future.)
    """
    loop = events.get_running_loop()

    if timeout is None:
        return await fut

    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc

    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = functools.partial(_release_waiter, waiter)

    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)

    try:
        try:
            await waiter
        except exceptions.CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            # The awaitable must not keep running after wait_for() returns.
            await _cancel_and_wait(fut, loop=loop)
            raise

        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut, loop=loop)
        # The cancellation may have failed with another exception: raise it.
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def _wait(fs, timeout, return_when, loop):
    """wait() for a non-empty set of futures."""
    assert fs, 'Set of Futures is empty.'
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or
                return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and
                                                    f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)

    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)

    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


async def _cancel_and_wait(fut, loop):
    """Cancel fut and wait until it is done, without awaiting it directly
    (so that this wait can itself be cancelled)."""
    waiter = loop.create_future()
    cb = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


def as_completed(fs, *, timeout=None):
    """Return an iterator of coroutines giving the results of fs in the
    order they complete (TimeoutError if `timeout` passes first).

        for f in as_completed(fs):
            result = await f  # may raise

    Coroutines in fs are wrapped in tasks in the order given (CPython goes
    through a set, so its order depends on object addresses).
    """
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")

    from .queues import Queue  # Here: queues imports this module.
    done = Queue()

    loop = events._get_event_loop()
    todo = {ensure_future(f, loop=loop): None for f in dict.fromkeys(fs)}
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)  # A dummy value for _wait_for_one().
        todo.clear()

    def _on_completion(f):
        if not todo:
            return  # Timed out already: the dummies are queued.
        del todo[f]
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()  # Raises the future's exception, if any.

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


# Awaiting it yields None once: Task.__step then reschedules the task for
# the next loop iteration (CPython awaits a @types.coroutine generator; the
# native _asyncio.Sleep0 spares a generator per sleep(0)).
_sleep0 = _asyncio.Sleep0()


async def sleep(delay, result=None):
    """Wait `delay` seconds, then return `result`."""
    if delay <= 0:
        await _sleep0
        return result

    loop = events.get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


def ensure_future(coro_or_future, *, loop=None):
    """Wrap a coroutine or an awaitable in a future (a future is returned as is)."""
    return _ensure_future(coro_or_future, loop=loop)


def _isawaitable(obj):
    return getattr(type(obj), '__await__', None) is not None


def _ensure_future(coro_or_future, *, loop=None):
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    called_wrap_awaitable = False
    if not coroutines.iscoroutine(coro_or_future):
        if _isawaitable(coro_or_future):
            coro_or_future = _wrap_awaitable(coro_or_future)
            called_wrap_awaitable = True
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable '
                            'is required')

    if loop is None:
        loop = events._get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not called_wrap_awaitable:
            coro_or_future.close()
        raise


async def _wrap_awaitable(awaitable):
    """A coroutine awaiting an object with __await__ (for ensure_future)."""
    return await awaitable


class _GatheringFuture(futures.Future):
    """The future gather() returns.

    cancel() cancels the children instead, more like Task.cancel(): the
    outer future is cancelled when they are.
    """

    def __init__(self, children, *, loop):
        assert loop is not None
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            # A child really was cancelled: the cancellation propagates
            # whatever return_exceptions says (issue 32684).
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """A future aggregating the results of the given coroutines/futures.

    The results are in the order of the arguments. Without
    return_exceptions the first exception is propagated at once (the other
    children keep running); with it, exceptions are results. A cancelled
    child counts as raising CancelledError; cancelling the outer future
    cancels the children that are not done.
    """
    if not coros_or_futures:
        loop = events._get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1

        if outer is None or outer.done():
            if not fut.cancelled():
                # Mark the exception as retrieved.
                fut.exception()
            return

        if not return_exceptions:
            if fut.cancelled():
                # exception() would raise CancelledError instead of returning it.
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return

        if nfinished == nfuts:
            # All done: the results in the order of the arguments.
            results = []
            for fut in children:
                if fut.cancelled():
                    # A fresh CancelledError, without __context__, so that
                    # _make_cancelled_error() is still called at most once.
                    res = exceptions.CancelledError(
                        '' if fut._cancel_message is None else fut._cancel_message)
                else:
                    res = fut.exception()
                    if res is None:
                        res = fut.result()
                results.append(res)

            if outer._cancel_requested:
                # The gather was cancelled: propagate that, whatever
                # return_exceptions says (issue 32684).
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
            else:
                outer.set_result(results)

    arg_to_fut = {}
    children = []
    nfuts = 0
    nfinished = 0
    loop = None
    outer = None  # bpo-46672: callbacks may run before outer exists.
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = _ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(fut)
            if fut is not arg:
                # A task made here: nobody else can await it, so no
                # "destroyed but pending" report for it.
                fut._log_destroy_pending = False
            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        else:
            # The same awaitable twice: one child, two results.
            fut = arg_to_fut[arg]
        children.append(fut)

    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg):
    """Await `arg` without letting a cancellation of the awaiter reach it.

    `await shield(task)` is `await task`, except that cancelling the
    awaiting coroutine does not cancel the task (the await still raises
    CancelledError).
    """
    inner = _ensure_future(arg)
    if inner.done():
        return inner
    loop = futures._get_loop(inner)
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                # Its exception counts as retrieved: nobody else can.
                inner.exception()
            return

        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


def _register_task(task):
    """Register a new, not yet done task."""
    _all_tasks[task] = None


def _unregister_task(task):
    _all_tasks.pop(task, None)


def _forget_loop_tasks(loop):
    """Drop the registrations of a closed loop's tasks, so that pending
    ones can be collected (and reported) as in CPython."""
    for task in [t for t in _all_tasks if futures._get_loop(t) is loop]:
        del _all_tasks[task]


def _enter_task(loop, task):
    current_task = _current_tasks.get(loop)
    if current_task is not None:
        raise RuntimeError(f"Cannot enter into task {task!r} while another "
                           f"task {current_task!r} is being executed.")
    _current_tasks[loop] = task


def _leave_task(loop, task):
    current_task = _current_tasks.get(loop)
    if current_task is not task:
        raise RuntimeError(f"Leaving task {task!r} does not match "
                           f"the current task {current_task!r}.")
    del _current_tasks[loop]


# The native task step uses these.
_asyncio._set_helpers(exceptions.CancelledError, exceptions.InvalidStateError,
                      _enter_task, _leave_task, _current_tasks, _all_tasks,
                      events._get_event_loop)
_asyncio._set_task_helpers(coroutines.iscoroutine, _task_name_counter)
