"""Future: a result that will be available later, awaited by tasks."""

__all__ = (
    'Future', 'wrap_future', 'isfuture',
)

from . import base_futures
from . import events
from . import exceptions

isfuture = base_futures.isfuture

# types.GenericAlias (Future[int]); pyco's types module does not name it.
GenericAlias = type(list[int])

_PENDING = base_futures._PENDING
_CANCELLED = base_futures._CANCELLED
_FINISHED = base_futures._FINISHED


class Future:
    """A result that is not available yet.

    As CPython's asyncio.Future (not thread-safe; result() and exception()
    take no timeout and raise when the future is not done; callbacks always
    run through the loop's call_soon()). The error messages are those of
    CPython's C implementation (_asyncio.Future), which is what programs
    see there.
    """

    # Shown as <class '_asyncio.Future'>, as CPython's C class.
    __module__ = '_asyncio'

    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    # The CancelledError a task's coroutine raised, kept to chain it to
    # the one result()/exception() raise later.
    _cancelled_exc = None

    # True while the future is yielded to a Task by __await__ (the task
    # then waits for it); None on objects that are not futures at all.
    _asyncio_future_blocking = False

    # True once an exception was set and nobody has looked at it yet:
    # __del__ then reports "exception was never retrieved".
    __log_traceback = False

    def __init__(self, *, loop=None):
        if loop is None:
            self._loop = events._get_event_loop()
        else:
            self._loop = loop
        self._callbacks = []

    def __repr__(self):
        return base_futures._future_repr(self)

    def __del__(self):
        if not self.__log_traceback:
            return
        self._loop.call_exception_handler({
            'message': f'{self.__class__.__name__} exception was never retrieved',
            'exception': self._exception,
            'future': self,
        })

    __class_getitem__ = classmethod(GenericAlias)

    @property
    def _log_traceback(self):
        return self.__log_traceback

    @_log_traceback.setter
    def _log_traceback(self, val):
        if val:
            raise ValueError('_log_traceback can only be set to False')
        self.__log_traceback = False

    def get_loop(self):
        """The loop this future belongs to."""
        loop = self._loop
        if loop is None:
            raise RuntimeError("Future object is not initialized.")
        return loop

    def _make_cancelled_error(self):
        """The CancelledError to raise for this cancelled future.

        Called once per cancellation: it hands over the saved exception.
        """
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            exc = exceptions.CancelledError()
        else:
            exc = exceptions.CancelledError(self._cancel_message)
        exc.__context__ = self._cancelled_exc
        self._cancelled_exc = None
        return exc

    def cancel(self, msg=None):
        """Cancel the future and schedule its callbacks.

        Returns False if it was already done or cancelled.
        """
        self.__log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self.__schedule_callbacks()
        return True

    def __schedule_callbacks(self):
        callbacks = self._callbacks
        if not callbacks:
            return
        self._callbacks = []
        call_soon = self._loop.call_soon
        # The contexts are not passed on: pyco has no contextvars.
        for callback, ctx in callbacks:
            call_soon(callback, self)

    def cancelled(self):
        """True if cancel() succeeded."""
        return self._state == _CANCELLED

    def done(self):
        """Return True if the future has a result, an exception, or was cancelled."""
        return self._state != _PENDING

    def result(self):
        """The result; raises the exception set, CancelledError, or
        InvalidStateError when the future is not done yet."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Result is not set.')
        self.__log_traceback = False
        if self._exception is not None:
            raise self._exception.with_traceback(self._exception_tb)
        return self._result

    def exception(self):
        """The exception set (or None); raises CancelledError or
        InvalidStateError like result()."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Exception is not set.')
        self.__log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        """Call fn(future) through the loop once the future is done
        (soon, if it already is)."""
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        """Remove every registration of fn; return how many there were."""
        kept = [(f, ctx) for (f, ctx) in self._callbacks if f != fn]
        removed_count = len(self._callbacks) - len(kept)
        if removed_count:
            self._callbacks[:] = kept
        return removed_count

    def set_result(self, result):
        """Mark the future done with a result (InvalidStateError if done)."""
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self.__schedule_callbacks()

    def set_exception(self, exception):
        """Mark the future done with an exception (InvalidStateError if done)."""
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        if isinstance(exception, type) and issubclass(exception, BaseException):
            exception = exception()
            if self._state != _PENDING:
                raise exceptions.InvalidStateError('invalid state')
        if not isinstance(exception, BaseException):
            raise TypeError('invalid exception object')
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self.__schedule_callbacks()
        self.__log_traceback = True

    def __await__(self):
        if self._state == _PENDING:
            self._asyncio_future_blocking = True
            yield self  # The task waits for us, then resumes this generator.
        if self._state == _PENDING:
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__  # `yield from future` in generator-based coroutines


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
