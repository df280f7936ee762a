"""The event loop, independent of how I/O readiness is polled.

BaseEventLoop schedules callbacks: a FIFO `_ready` queue of Handles and a
heap of TimerHandles. One iteration (_run_once) polls for I/O (without
blocking when callbacks are ready), moves the due timers to `_ready`, then
runs exactly the handles that were ready at that point: callbacks they
schedule run in the next iteration. Tasks are callbacks too: each step of
a coroutine is one handle.

The selector-specific parts (the selector, sockets, transports) are in
selector_events.py.
"""

import _asyncio
import collections
import heapq
import itertools
import socket
import sys
import time

from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import tasks
from . import trsock
from .log import logger

__all__ = 'BaseEventLoop', 'Server',

# Cancelled timers are purged from the heap when there are more than this
# many timers and more than this fraction of them are cancelled.
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5

# The longest single wait for I/O, in seconds (a day).
MAXIMUM_SELECT_TIMEOUT = 24 * 3600

# time.get_clock_info('monotonic').resolution on Linux (pyco's time module
# does not have get_clock_info): timers due within it run now.
_CLOCK_RESOLUTION = 1e-09

_HAS_IPv6 = hasattr(socket, 'AF_INET6')

# Up to this many live asynchronous generators, dropped ones are looked for
# after every callback (exact ordering of their aclose()); with more, once
# per loop iteration, so that the cost stays linear.
_ASYNCGENS_CHECKED_PER_CALLBACK = 32

# errno values (pyco has no errno module).
_EADDRNOTAVAIL = 99


def _format_handle(handle):
    cb = handle._callback
    if isinstance(getattr(cb, '__self__', None), tasks.Task):
        # A task step: show the task.
        return repr(cb.__self__)
    return str(handle)


def _ipaddr_info(host, port, family, type, proto, flowinfo=0, scopeid=0):
    """The getaddrinfo() entry for a numeric host, without asking the
    resolver; None when the host is not a numeric address."""
    if proto not in {0, socket.IPPROTO_TCP, socket.IPPROTO_UDP} or host is None:
        return None

    if type == socket.SOCK_STREAM:
        proto = socket.IPPROTO_TCP
    elif type == socket.SOCK_DGRAM:
        proto = socket.IPPROTO_UDP
    else:
        return None

    if port is None:
        port = 0
    elif isinstance(port, (bytes, str)) and not port:
        port = 0
    else:
        # The port may be a service name such as "http".
        try:
            port = int(port)
        except (TypeError, ValueError):
            return None

    if family == socket.AF_UNSPEC:
        afs = [socket.AF_INET]
        if _HAS_IPv6:
            afs.append(socket.AF_INET6)
    else:
        afs = [family]

    if isinstance(host, bytes):
        host = host.decode('ascii')
    if '%' in host:
        # Scope ids in addresses are left to the resolver.
        return None

    for af in afs:
        try:
            socket.inet_pton(af, host)
        except OSError:
            continue
        if _HAS_IPv6 and af == socket.AF_INET6:
            return af, type, proto, '', (host, port, flowinfo, scopeid)
        return af, type, proto, '', (host, port)

    return None


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # run_forever() has already stopped (issue #22429).
            return
    futures._get_loop(fut).stop()


def _set_nodelay(sock):
    # Small writes go out without waiting for the peer's ACK (no Nagle).
    if (sock.family in {socket.AF_INET, socket.AF_INET6} and
            sock.type == socket.SOCK_STREAM and
            sock.proto == socket.IPPROTO_TCP):
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class Server(events.AbstractServer):
    """What create_server() returns: the listening sockets and the
    connections made through them."""

    def __init__(self, loop, sockets, protocol_factory, ssl_context, backlog,
                 ssl_handshake_timeout, ssl_shutdown_timeout=None):
        self._loop = loop
        self._sockets = sockets
        self._active_count = 0  # Open transports made by this server.
        self._waiters = []  # Futures of wait_closed() calls.
        self._protocol_factory = protocol_factory
        self._backlog = backlog
        self._ssl_context = ssl_context
        self._ssl_handshake_timeout = ssl_handshake_timeout
        self._ssl_shutdown_timeout = ssl_shutdown_timeout
        self._serving = False
        self._serving_forever_fut = None

    def __repr__(self):
        return f'<{self.__class__.__name__} sockets={self.sockets!r}>'

    def _attach(self):
        assert self._sockets is not None
        self._active_count += 1

    def _detach(self):
        assert self._active_count > 0
        self._active_count -= 1
        if self._active_count == 0 and self._sockets is None:
            self._wakeup()

    def _wakeup(self):
        waiters = self._waiters
        self._waiters = None
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(waiter)

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for sock in self._sockets:
            sock.listen(self._backlog)
            self._loop._start_serving(
                self._protocol_factory, sock, self._ssl_context,
                self, self._backlog, self._ssl_handshake_timeout,
                self._ssl_shutdown_timeout)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._sockets is None:
            return ()
        return tuple(trsock.TransportSocket(s) for s in self._sockets)

    def close(self):
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None

        for sock in sockets:
            self._loop._stop_serving(sock)

        self._serving = False

        if (self._serving_forever_fut is not None and
                not self._serving_forever_fut.done()):
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None

        if self._active_count == 0:
            self._wakeup()

    async def start_serving(self):
        self._start_serving()
        # Skip one loop iteration so that the add_reader calls take effect.
        await tasks.sleep(0)

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(
                f'server {self!r} is already being awaited on serve_forever()')
        if self._sockets is None:
            raise RuntimeError(f'server {self!r} is closed')

        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()

        try:
            await self._serving_forever_fut
        except exceptions.CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        # As in 3.11: returns at once unless the server is closed and
        # connections are still open.
        if self._sockets is None or self._waiters is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._ready = collections.deque()
        self._scheduled = []  # A heap of TimerHandles.
        self._default_executor = None
        self._running = False
        self._exception_handler = None
        self._debug = False
        self.slow_callback_duration = 0.1
        self._current_handle = None
        self._task_factory = None
        # The asynchronous generators iterated in this loop, see
        # _asyncgen_firstiter_hook().
        self._asyncgens = []
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False

    def __repr__(self):
        return (
            f'<{self.__class__.__name__} running={self.is_running()} '
            f'closed={self.is_closed()} debug={self.get_debug()}>'
        )

    def create_future(self):
        """A new Future bound to this loop."""
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedule a coroutine object; return a Task."""
        self._check_closed()
        if self._task_factory is None:
            task = tasks.Task(coro, loop=self, name=name, context=context)
        else:
            if context is None:
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        """Use factory(loop, coro) in create_task(); None: the default."""
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        """The task factory, or None for the default one."""
        return self._task_factory

    def _make_socket_transport(self, sock, protocol, waiter=None, *,
                               extra=None, server=None):
        raise NotImplementedError

    def _process_events(self, event_list):
        raise NotImplementedError

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    # -- asynchronous generators

    # CPython keeps the generators a loop iterates in a WeakSet, and their
    # finalizer hook schedules aclose() the moment one is dropped. pyco has
    # no weak references, so `_asyncgens` holds them strongly and
    # _release_dropped_asyncgens() lets go of those nobody else refers to
    # after each callback: dropping our reference then runs the finalizer
    # hook, and its aclose() is queued where the callback's drop would
    # have queued it (before what the callback scheduled).

    def _asyncgen_finalizer_hook(self, agen):
        if not self.is_closed():
            self.call_soon(self.create_task, agen.aclose())

    def _asyncgen_firstiter_hook(self, agen):
        # (CPython warns with a ResourceWarning, ignored by default, when
        # this happens after shutdown_asyncgens().)
        self._asyncgens.append(agen)

    def _release_dropped_asyncgens(self, ready_before):
        agens = self._asyncgens
        kept = []
        for i in range(len(agens)):
            # More than the list's reference and getrefcount()'s argument:
            # somebody still uses the generator.
            if sys.getrefcount(agens[i]) > 2:
                kept.append(agens[i])
        if len(kept) == len(agens):
            return
        scheduled_before = len(self._ready)
        self._asyncgens = kept
        agens = None  # The last references go: the finalizer hooks run here.
        # Move the aclose() callbacks the hooks queued in front of what
        # the callback itself queued.
        ready = self._ready
        moved = [ready.pop() for _ in range(len(ready) - scheduled_before)]
        for handle in moved:
            ready.insert(ready_before, handle)

    async def shutdown_asyncgens(self):
        """aclose() every asynchronous generator still alive."""
        self._asyncgens_shutdown_called = True

        if not len(self._asyncgens):
            return

        closing_agens = list(self._asyncgens)
        self._asyncgens.clear()

        results = await tasks.gather(
            *[ag.aclose() for ag in closing_agens],
            return_exceptions=True)

        for result, agen in zip(results, closing_agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of '
                               f'asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen
                })

    async def shutdown_default_executor(self):
        """There is no executor: functions given to run_in_executor() ran
        synchronously."""
        self._executor_shutdown_called = True

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run iterations until stop() is called."""
        self._check_closed()
        self._check_running()

        old_agen_hooks = sys.get_asyncgen_hooks()
        try:
            self._running = True
            sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                                   finalizer=self._asyncgen_finalizer_hook)

            events._set_running_loop(self)
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            events._set_running_loop(None)
            sys.set_asyncgen_hooks(firstiter=old_agen_hooks[0],
                                   finalizer=old_agen_hooks[1])

    def run_until_complete(self, future):
        """Run until the future (or coroutine, wrapped in a Task) is done;
        return its result or raise its exception."""
        self._check_closed()
        self._check_running()

        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            # Not done when we return means an exception was raised: no
            # "destroyed but pending" report needed for this task.
            future._log_destroy_pending = False

        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                # The coroutine raised a BaseException: consume it, the
                # caller has no access to the task to retrieve it.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')

        return future.result()

    def stop(self):
        """Stop after the callbacks already scheduled have run."""
        self._stopping = True

    def close(self):
        """Close the loop: drop the queued callbacks (not while running)."""
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        # Let go of the async generators: their finalizer hooks do nothing
        # once the loop is closed, as with CPython's weak references.
        self._asyncgens.clear()
        self._executor_shutdown_called = True
        # Nothing keeps the pending tasks alive any more (CPython only
        # ever held them weakly).
        tasks._forget_loop_tasks(self)

    def is_closed(self):
        """True once close() was called."""
        return self._closed

    def is_running(self):
        """True while run_forever() runs."""
        return self._running

    def time(self):
        """The loop's clock: time.monotonic()."""
        return time.monotonic()

    def call_later(self, delay, callback, *args, context=None):
        """Call callback(*args) after `delay` seconds; return a TimerHandle."""
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        """Call callback(*args) at loop time `when`; return a TimerHandle."""
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_soon(self, callback, *args, context=None):
        """Call callback(*args) in the next iteration, in FIFO order;
        return a Handle."""
        if self._closed:
            raise RuntimeError('Event loop is closed')
        if self._debug:
            self._check_callback(callback, 'call_soon')
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def _check_callback(self, callback, method):
        if (coroutines.iscoroutine(callback) or
                coroutines.iscoroutinefunction(callback)):
            raise TypeError(f"coroutines cannot be used with {method}()")
        if not callable(callback):
            raise TypeError(
                f'a callable object was expected by {method}(), '
                f'got {callback!r}')

    def call_soon_threadsafe(self, callback, *args, context=None):
        """call_soon() (pyco runs a single thread)."""
        return self.call_soon(callback, *args, context=context)

    def run_in_executor(self, executor, func, *args):
        """Run func(*args) and return a future with its outcome.

        pyco has no threads: the function runs synchronously, now, and the
        future is already done when it is returned.
        """
        self._check_closed()
        if self._debug:
            self._check_callback(func, 'run_in_executor')
        future = self.create_future()
        try:
            future.set_result(func(*args))
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            future.set_exception(exc)
        return future

    def set_default_executor(self, executor):
        self._default_executor = executor

    async def getaddrinfo(self, host, port, *,
                          family=0, type=0, proto=0, flags=0):
        # Resolved synchronously (CPython uses a thread of the executor).
        return socket.getaddrinfo(host, port, family, type, proto, flags)

    async def _ensure_resolved(self, address, *,
                               family=0, type=socket.SOCK_STREAM,
                               proto=0, flags=0, loop):
        host, port = address[:2]
        info = _ipaddr_info(host, port, family, type, proto, *address[2:])
        if info is not None:
            # A numeric address: no resolver call.
            return [info]
        return await loop.getaddrinfo(host, port, family=family, type=type,
                                      proto=proto, flags=flags)

    async def _connect_sock(self, exceptions, addr_info, local_addr_infos=None):
        """One socket for addr_info, bound (local_addr) and connected."""
        my_exceptions = []
        exceptions.append(my_exceptions)
        family, type_, proto, _, address = addr_info
        sock = None
        try:
            sock = socket.socket(family=family, type=type_, proto=proto)
            sock.setblocking(False)
            if local_addr_infos is not None:
                self._bind_local(sock, family, local_addr_infos, my_exceptions)
            await self.sock_connect(sock, address)
            return sock
        except OSError as exc:
            my_exceptions.append(exc)
            if sock is not None:
                sock.close()
            raise
        except:
            if sock is not None:
                sock.close()
            raise
        finally:
            exceptions = my_exceptions = None

    def _bind_local(self, sock, family, local_addr_infos, my_exceptions):
        for lfamily, _, _, _, laddr in local_addr_infos:
            if lfamily != family:
                continue
            try:
                sock.bind(laddr)
                return
            except OSError as exc:
                msg = (f'error while attempting to bind on '
                       f'address {laddr!r}: {exc.strerror.lower()}')
                my_exceptions.append(OSError(exc.errno, msg))
        if my_exceptions:
            raise my_exceptions.pop()
        raise OSError(f"no matching local address with {family=} found")

    async def create_connection(
            self, protocol_factory, host=None, port=None,
            *, ssl=None, family=0,
            proto=0, flags=0, sock=None,
            local_addr=None, server_hostname=None,
            ssl_handshake_timeout=None,
            ssl_shutdown_timeout=None,
            happy_eyeballs_delay=None, interleave=None):
        """Connect to a TCP server; return (transport, protocol).

        The addresses of `host` are tried in turn. TLS (ssl=) is not
        supported by pyco.
        """
        if ssl:
            raise NotImplementedError('pyco: TLS (ssl=) is not supported')
        if server_hostname is not None:
            raise ValueError('server_hostname is only meaningful with ssl')
        if ssl_handshake_timeout is not None:
            raise ValueError('ssl_handshake_timeout is only meaningful with ssl')
        if ssl_shutdown_timeout is not None:
            raise ValueError('ssl_shutdown_timeout is only meaningful with ssl')

        if host is not None or port is not None:
            if sock is not None:
                raise ValueError(
                    'host/port and sock can not be specified at the same time')

            infos = await self._ensure_resolved(
                (host, port), family=family,
                type=socket.SOCK_STREAM, proto=proto, flags=flags, loop=self)
            if not infos:
                raise OSError('getaddrinfo() returned empty list')

            if local_addr is not None:
                laddr_infos = await self._ensure_resolved(
                    local_addr, family=family,
                    type=socket.SOCK_STREAM, proto=proto,
                    flags=flags, loop=self)
                if not laddr_infos:
                    raise OSError('getaddrinfo() returned empty list')
            else:
                laddr_infos = None

            exceptions = []
            for addrinfo in infos:
                try:
                    sock = await self._connect_sock(exceptions, addrinfo, laddr_infos)
                    break
                except OSError:
                    continue

            if sock is None:
                exceptions = [exc for sub in exceptions for exc in sub]
                try:
                    raise _combined_connect_error(exceptions)
                finally:
                    exceptions = None
        else:
            if sock is None:
                raise ValueError(
                    'host and port was not specified and no sock specified')
            if sock.type != socket.SOCK_STREAM:
                raise ValueError(f'A Stream Socket was expected, got {sock!r}')

        return await self._create_connection_transport(sock, protocol_factory)

    async def _create_connection_transport(self, sock, protocol_factory):
        sock.setblocking(False)

        protocol = protocol_factory()
        waiter = self.create_future()
        transport = self._make_socket_transport(sock, protocol, waiter)

        try:
            await waiter
        except:
            transport.close()
            raise

        return transport, protocol

    async def _create_server_getaddrinfo(self, host, port, family, flags):
        infos = await self._ensure_resolved((host, port), family=family,
                                            type=socket.SOCK_STREAM,
                                            flags=flags, loop=self)
        if not infos:
            raise OSError(f'getaddrinfo({host!r}) returned empty list')
        return infos

    async def create_server(
            self, protocol_factory, host=None, port=None,
            *,
            family=socket.AF_UNSPEC,
            flags=socket.AI_PASSIVE,
            sock=None,
            backlog=100,
            ssl=None,
            reuse_address=None,
            reuse_port=None,
            ssl_handshake_timeout=None,
            ssl_shutdown_timeout=None,
            start_serving=True):
        """Create a TCP server listening on host:port (all interfaces when
        host is None or ''); return a Server.

        TLS (ssl=) is not supported by pyco.
        """
        if isinstance(ssl, bool):
            raise TypeError('ssl argument must be an SSLContext or None')
        if ssl is not None:
            raise NotImplementedError('pyco: TLS (ssl=) is not supported')
        if ssl_handshake_timeout is not None:
            raise ValueError('ssl_handshake_timeout is only meaningful with ssl')
        if ssl_shutdown_timeout is not None:
            raise ValueError('ssl_shutdown_timeout is only meaningful with ssl')

        if host is not None or port is not None:
            if sock is not None:
                raise ValueError(
                    'host/port and sock can not be specified at the same time')
            sockets = await self._bind_server_sockets(
                host, port, family, flags, reuse_address, reuse_port)
        else:
            if sock is None:
                raise ValueError('Neither host/port nor sock were specified')
            if sock.type != socket.SOCK_STREAM:
                raise ValueError(f'A Stream Socket was expected, got {sock!r}')
            sockets = [sock]

        for sock in sockets:
            sock.setblocking(False)

        server = Server(self, sockets, protocol_factory,
                        ssl, backlog, ssl_handshake_timeout,
                        ssl_shutdown_timeout)
        if start_serving:
            server._start_serving()
            # Skip one loop iteration so that the add_reader calls take effect.
            await tasks.sleep(0)

        return server

    async def _bind_server_sockets(self, host, port, family, flags,
                                   reuse_address, reuse_port):
        if reuse_address is None:
            reuse_address = True  # POSIX
        if host == '':
            hosts = [None]
        elif isinstance(host, str) or not hasattr(host, '__iter__'):
            hosts = [host]
        else:
            hosts = host

        # One resolution task per host, as CPython (they use task names).
        fs = [self._create_server_getaddrinfo(host, port, family, flags)
              for host in hosts]
        infos = await tasks.gather(*fs)
        infos = dict.fromkeys(itertools.chain.from_iterable(infos))

        sockets = []
        completed = False
        try:
            for af, socktype, proto, canonname, sa in infos:
                try:
                    sock = socket.socket(af, socktype, proto)
                except OSError:
                    # This family/type/protocol combination is unavailable.
                    continue
                sockets.append(sock)
                if reuse_address:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, True)
                if reuse_port:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
                # An IPv6 socket listens on IPv6 only: IPv4 has its own.
                if _HAS_IPv6 and af == socket.AF_INET6:
                    sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, True)
                try:
                    sock.bind(sa)
                except OSError as err:
                    msg = ('error while attempting '
                           'to bind on address %r: %s'
                           % (sa, err.strerror.lower()))
                    if err.errno == _EADDRNOTAVAIL:
                        # Assume the family is not enabled (bpo-30945).
                        sockets.pop()
                        sock.close()
                        continue
                    raise OSError(err.errno, msg) from None

            if not sockets:
                raise OSError('could not bind on any address out of %r'
                              % ([info[4] for info in infos],))

            completed = True
        finally:
            if not completed:
                for sock in sockets:
                    sock.close()
        return sockets

    # -- exception handling

    def get_exception_handler(self):
        """The handler set, or None for the default one."""
        return self._exception_handler

    def set_exception_handler(self, handler):
        """Use handler(loop, context) for errors; None: the default one."""
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, '
                            f'got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Log the message and the other context keys (sorted), then the
        exception, to stderr."""
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'

        exception = context.get('exception')
        exc_info = exception if exception is not None else False

        log_lines = [message]
        for key in sorted(context):
            if key in {'message', 'exception'}:
                continue
            log_lines.append(f'{key}: {context[key]!r}')

        logger.error('\n'.join(log_lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        """Report an error: to the handler set, else to
        default_exception_handler().

        Keys of context: 'message', and optionally 'exception', 'future',
        'task', 'handle', 'protocol', 'transport', 'socket', 'asyncgen'.
        """
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                # A broken (subclassed) default handler must not stop the loop.
                logger.error('Exception in default exception handler',
                             exc_info=True)
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                # The handler itself failed: report that with the default one.
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    logger.error('Exception in default exception handler '
                                 'while handling an unexpected error '
                                 'in custom exception handler',
                                 exc_info=True)

    # -- the iteration

    def _add_callback(self, handle):
        """Queue a handle (an I/O callback) unless it was cancelled."""
        if not handle._cancelled:
            self._ready.append(handle)

    def _timer_handle_cancelled(self, handle):
        """Count cancelled timers still in the heap (see _run_once)."""
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _purge_cancelled_timers(self):
        sched_count = len(self._scheduled)
        if (sched_count > _MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / sched_count >
                _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            # Many cancelled timers: rebuild the heap without them.
            new_scheduled = []
            for handle in self._scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    new_scheduled.append(handle)
            heapq.heapify(new_scheduled)
            self._scheduled = new_scheduled
            self._timer_cancelled_count = 0
        else:
            # Drop the cancelled timers at the head of the heap.
            while self._scheduled and self._scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                handle = heapq.heappop(self._scheduled)
                handle._scheduled = False

    def _run_once(self):
        """One iteration: poll for I/O, queue the due timers, then run the
        callbacks that are ready now (not those they schedule)."""
        self._purge_cancelled_timers()

        timeout = None
        if self._ready or self._stopping:
            timeout = 0
        elif self._scheduled:
            when = self._scheduled[0]._when
            timeout = min(max(0, when - self.time()), MAXIMUM_SELECT_TIMEOUT)

        self._poll_for_io(timeout)

        end_time = self.time() + _CLOCK_RESOLUTION
        # Native (runtime/asyncio_loop.cpp), with the same effects in the
        # same order as:
        #     while self._scheduled:
        #         handle = self._scheduled[0]
        #         if handle._when >= end_time:
        #             break
        #         handle = heapq.heappop(self._scheduled)
        #         handle._scheduled = False
        #         self._ready.append(handle)
        _asyncio._pop_due_timers(self, end_time)

        # Likewise native:
        #     ready = self._ready
        #     for _ in range(len(ready)):
        #         handle = ready.popleft()
        #         if handle._cancelled:
        #             continue
        #         ready_before = len(ready)
        #         if self._debug:
        #             self._run_handle_debug(handle)
        #         else:
        #             handle._run()
        #         if self._asyncgens and len(self._asyncgens) <= _ASYNCGENS_CHECKED_PER_CALLBACK:
        #             handle = None  # What the callback referenced may be dropped now.
        #             self._release_dropped_asyncgens(ready_before)
        _asyncio._run_ready(self, _ASYNCGENS_CHECKED_PER_CALLBACK)
        if len(self._asyncgens) > _ASYNCGENS_CHECKED_PER_CALLBACK:
            self._release_dropped_asyncgens(len(ready))

    def _run_handle_debug(self, handle):
        try:
            self._current_handle = handle
            t0 = self.time()
            handle._run()
            dt = self.time() - t0
            if dt >= self.slow_callback_duration:
                logger.warning('Executing %s took %.3f seconds',
                               _format_handle(handle), dt)
        finally:
            self._current_handle = None

    def _poll_for_io(self, timeout):
        """Wait up to `timeout` seconds (None: forever) for I/O events and
        queue their callbacks."""
        raise NotImplementedError

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled


# The native core (runtime/asyncio_handle.cpp) queues the callbacks of
# futures and task steps itself when a loop uses this call_soon.
_asyncio._set_loop_helpers(BaseEventLoop, events.Handle)


def _combined_connect_error(exceptions):
    """The error create_connection() raises when every address failed:
    the one exception, or one OSError listing their messages."""
    if len(exceptions) == 1:
        return exceptions[0]
    model = str(exceptions[0])
    if all(str(exc) == model for exc in exceptions):
        return exceptions[0]
    return OSError('Multiple exceptions: {}'.format(
        ', '.join(str(exc) for exc in exceptions)))
