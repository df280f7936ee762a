"""Future: a result that will be available later, awaited by tasks."""

__all__ = (
    'Future', 'wrap_future', 'isfuture',
)

import _asyncio

from . import base_futures
from . import events
from . import exceptions

isfuture = base_futures.isfuture

# types.GenericAlias (Future[int]); pyco's types module does not name it.
GenericAlias = type(list[int])

_PENDING = base_futures._PENDING
_CANCELLED = base_futures._CANCELLED
_FINISHED = base_futures._FINISHED


class Future(_asyncio.FutureCore):
    """A result that is not available yet.

    As CPython's asyncio.Future (not thread-safe; result() and exception()
    take no timeout and raise when the future is not done; callbacks always
    run through the loop's call_soon()). The state, done(), result(),
    exception(), add_done_callback(), remove_done_callback(), set_result(),
    set_exception(), cancel() and __await__ are native
    (runtime/asyncio_module.cpp), as in CPython's C implementation
    (_asyncio.Future), whose error messages they use. The fields are
    attributes named as CPython's: _state, _loop, _result, _exception,
    _callbacks, _log_traceback, _asyncio_future_blocking, ...
    """

    # Shown as <class '_asyncio.Future'>, as CPython's C class.
    __module__ = '_asyncio'

    # __init__(self, *, loop=None) is native: without loop=, the future
    # belongs to the current event loop (events._get_event_loop()).

    def __repr__(self):
        return base_futures._future_repr(self)

    # __del__ is native: it calls this when an exception was set and nobody
    # looked at it.
    def _report_never_retrieved(self):
        self._loop.call_exception_handler({
            'message': f'{self.__class__.__name__} exception was never retrieved',
            'exception': self._exception,
            'future': self,
        })

    __class_getitem__ = classmethod(GenericAlias)

    def get_loop(self):
        """The loop this future belongs to."""
        loop = self._loop
        if loop is None:
            raise RuntimeError("Future object is not initialized.")
        return loop

    def _make_cancelled_error(self):
        """The CancelledError to raise for this cancelled future.

        Called once per cancellation: it hands over the CancelledError a
        task's coroutine raised (saved in _cancelled_exc), if any.
        """
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return exceptions.CancelledError()
        return exceptions.CancelledError(self._cancel_message)


# CPython's name for the pure-Python class (tests use it).
_PyFuture = Future


def _get_loop(fut):
    """The loop of a future, via get_loop() when it has one."""
    try:
        get_loop = fut.get_loop
    except AttributeError:
        pass
    else:
        return get_loop()
    return fut._loop


def _set_result_unless_cancelled(fut, result):
    """Set the result unless the future was cancelled meanwhile."""
    if fut.cancelled():
        return
    fut.set_result(result)


def _copy_future_state(source, dest):
    """Copy the outcome of the done future `source` to `dest`."""
    assert source.done()
    if dest.cancelled():
        return
    assert not dest.done()
    if source.cancelled():
        dest.cancel()
    else:
        exception = source.exception()
        if exception is not None:
            dest.set_exception(exception)
        else:
            dest.set_result(source.result())


def _chain_future(source, destination):
    """Complete `destination` like `source`; cancelling `destination`
    cancels `source`."""
    if not isfuture(source):
        raise TypeError('A future is required for source argument')
    if not isfuture(destination):
        raise TypeError('A future is required for destination argument')

    def _call_check_cancel(destination):
        if destination.cancelled():
            source.cancel()

    def _call_set_state(source):
        if destination.cancelled() and destination.get_loop().is_closed():
            return
        _copy_future_state(source, destination)

    destination.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)


def wrap_future(future, *, loop=None):
    """Return `future` itself: without threads there are no
    concurrent.futures futures to wrap."""
    if isfuture(future):
        return future
    raise TypeError(f'concurrent.futures.Future is expected, got {future!r}')
