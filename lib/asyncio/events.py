"""Event loop handles, the abstract loop and server, and which loop is current."""

__all__ = (
    'AbstractEventLoopPolicy',
    'AbstractEventLoop', 'AbstractServer',
    'Handle', 'TimerHandle',
    'get_event_loop_policy', 'set_event_loop_policy',
    'get_event_loop', 'set_event_loop', 'new_event_loop',
    '_set_running_loop', 'get_running_loop',
    '_get_running_loop',
)

import _asyncio

from . import format_helpers


class Handle(_asyncio.HandleCore):
    """A callback scheduled on the loop; cancel() stops it from running.

    The fields (_callback, _args, _loop, _context, _cancelled, _repr,
    _source_traceback), __init__, _run() and cancelled() are native
    (runtime/asyncio_handle.cpp): the loop makes and runs one per callback.
    `context` is accepted for compatibility: pyco has no contextvars, so
    every callback runs in the one global context.
    """

    # No instance dict, as CPython's Handle (whose __slots__ are the fields).
    __slots__ = ()

    def _repr_info(self):
        info = [self.__class__.__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(format_helpers._format_callback_source(
                self._callback, self._args))
        return info

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        return '<{}>'.format(' '.join(self._repr_info()))

    # Native, as _handle_cancel below when the handle and its loop are
    # plain (runtime/asyncio_handle.cpp), else it calls _handle_cancel.
    cancel = _asyncio.HandleCore._handle_cancel

    def _report_exception(self, exc):
        """The callback raised exc (called by _run())."""
        cb = format_helpers._format_callback_source(self._callback, self._args)
        self._loop.call_exception_handler({
            'message': f'Exception in callback {cb}',
            'exception': exc,
            'handle': self,
        })


class TimerHandle(Handle):
    """A Handle for a callback scheduled at a given loop time (_when).

    Timers compare by their time only: the loop keeps them in a heap. The
    constructor, when() and the ordering are native.
    """

    __slots__ = ()

    __init__ = _asyncio.HandleCore._timer_init
    __lt__ = _asyncio.HandleCore._timer_lt
    __gt__ = _asyncio.HandleCore._timer_gt

    def _repr_info(self):
        info = super()._repr_info()
        pos = 2 if self._cancelled else 1
        info.insert(pos, f'when={self._when}')
        return info

    def __hash__(self):
        return hash(self._when)

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and
                    self._callback == other._callback and
                    self._args == other._args and
                    self._cancelled == other._cancelled)
        return NotImplemented

    # Native, as _timer_cancel below when the handle and its loop are plain.
    cancel = _asyncio.HandleCore._timer_cancel


def _handle_cancel(self):
    """Handle.cancel() where the native one cannot stand for it."""
    if not self._cancelled:
        self._cancelled = True
        if self._loop.get_debug():
            # Keep the description: the callback is dropped below.
            self._repr = repr(self)
        self._callback = None
        self._args = None


def _timer_cancel(self):
    """TimerHandle.cancel() where the native one cannot stand for it."""
    if not self._cancelled:
        self._loop._timer_handle_cancelled(self)
    super(TimerHandle, self).cancel()


_asyncio._set_handle_helpers(_handle_cancel, _timer_cancel)


class AbstractServer:
    """The interface of what create_server() returns."""

    def close(self):
        """Stop accepting connections (open ones are left alone)."""
        raise NotImplementedError

    def get_loop(self):
        """The loop the server runs in."""
        raise NotImplementedError

    def is_serving(self):
        """True while connections are accepted."""
        raise NotImplementedError

    async def start_serving(self):
        """Start accepting connections (idempotent)."""
        raise NotImplementedError

    async def serve_forever(self):
        """Accept connections until the coroutine is cancelled."""
        raise NotImplementedError

    async def wait_closed(self):
        """Wait until the service is closed."""
        raise NotImplementedError

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


class AbstractEventLoop:
    """Abstract event loop: the interface BaseEventLoop implements."""

    def run_forever(self):
        raise NotImplementedError

    def run_until_complete(self, future):
        raise NotImplementedError

    def stop(self):
        raise NotImplementedError

    def is_running(self):
        raise NotImplementedError

    def is_closed(self):
        raise NotImplementedError

    def close(self):
        raise NotImplementedError

    async def shutdown_asyncgens(self):
        raise NotImplementedError

    async def shutdown_default_executor(self):
        raise NotImplementedError

    def call_soon(self, callback, *args, context=None):
        raise NotImplementedError

    def call_later(self, delay, callback, *args, context=None):
        raise NotImplementedError

    def call_at(self, when, callback, *args, context=None):
        raise NotImplementedError

    def time(self):
        raise NotImplementedError

    def create_future(self):
        raise NotImplementedError

    def create_task(self, coro, *, name=None, context=None):
        raise NotImplementedError

    def call_soon_threadsafe(self, callback, *args, context=None):
        raise NotImplementedError

    def run_in_executor(self, executor, func, *args):
        raise NotImplementedError

    async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
        raise NotImplementedError

    async def create_connection(self, protocol_factory, host=None, port=None, **kwargs):
        raise NotImplementedError

    async def create_server(self, protocol_factory, host=None, port=None, **kwargs):
        raise NotImplementedError

    def add_reader(self, fd, callback, *args):
        raise NotImplementedError

    def remove_reader(self, fd):
        raise NotImplementedError

    def add_writer(self, fd, callback, *args):
        raise NotImplementedError

    def remove_writer(self, fd):
        raise NotImplementedError

    async def sock_recv(self, sock, nbytes):
        raise NotImplementedError

    async def sock_sendall(self, sock, data):
        raise NotImplementedError

    async def sock_connect(self, sock, address):
        raise NotImplementedError

    async def sock_accept(self, sock):
        raise NotImplementedError

    def set_task_factory(self, factory):
        raise NotImplementedError

    def get_task_factory(self):
        raise NotImplementedError

    def get_exception_handler(self):
        raise NotImplementedError

    def set_exception_handler(self, handler):
        raise NotImplementedError

    def default_exception_handler(self, context):
        raise NotImplementedError

    def call_exception_handler(self, context):
        raise NotImplementedError

    def get_debug(self):
        raise NotImplementedError

    def set_debug(self, enabled):
        raise NotImplementedError


class AbstractEventLoopPolicy:
    """The interface of event loop policies."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """The default policy: one current loop, created on first demand
    unless set_event_loop() was called (pyco has a single thread, the
    main thread)."""

    _loop_factory = None

    def __init__(self):
        self._loop = None
        self._set_called = False

    def get_event_loop(self):
        if self._loop is None and not self._set_called:
            self.set_event_loop(self.new_event_loop())
        if self._loop is None:
            raise RuntimeError("There is no current event loop in thread 'MainThread'.")
        return self._loop

    def set_event_loop(self, loop):
        self._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, "
                            f"not '{type(loop).__name__}'")
        self._loop = loop

    def new_event_loop(self):
        return self._loop_factory()


# The policy is global; the default one is installed on first use.
_event_loop_policy = None

# The loop running right now (pyco has one thread) is kept natively, as
# CPython's C functions of these names keep it.
get_running_loop = _asyncio.get_running_loop
_get_running_loop = _asyncio._get_running_loop
_set_running_loop = _asyncio._set_running_loop


def _init_event_loop_policy():
    global _event_loop_policy
    if _event_loop_policy is None:
        from . import DefaultEventLoopPolicy
        _event_loop_policy = DefaultEventLoopPolicy()


def get_event_loop_policy():
    """The policy in use (the default one is made on first use)."""
    if _event_loop_policy is None:
        _init_event_loop_policy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    """Set the current event loop policy (None: the default one)."""
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, "
                        f"not '{type(policy).__name__}'")
    _event_loop_policy = policy


def get_event_loop():
    """The running loop inside coroutines and callbacks, else the policy's."""
    loop = _get_running_loop()
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def _get_event_loop(stacklevel=3):
    # The internal name CPython's modules call (kept there for 3.10
    # compatibility); `stacklevel` only mattered for a warning.
    return get_event_loop()


def set_event_loop(loop):
    """Make `loop` the current loop (through the policy)."""
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    """A new loop from the policy (not made current)."""
    return get_event_loop_policy().new_event_loop()
