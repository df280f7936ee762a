"""What counts as a coroutine, and how one is shown in task reprs."""

__all__ = 'iscoroutinefunction', 'iscoroutine'

import inspect
import types

# A marker for iscoroutinefunction (set by legacy decorators).
_is_coroutine = object()


def iscoroutinefunction(func):
    """Return True if func is a coroutine function."""
    return (inspect.iscoroutinefunction(func) or
            getattr(func, '_is_coroutine', None) is _is_coroutine)


# Types already known to be coroutines: the check runs for every task.
_iscoroutine_typecache = {types.CoroutineType, types.GeneratorType}


def _implements_coroutine_protocol(cls):
    # collections.abc.Coroutine's structural check (pyco has no
    # collections.abc): the class defines all four methods.
    return all(getattr(cls, name, None) is not None
               for name in ('__await__', 'send', 'throw', 'close'))


def iscoroutine(obj):
    """True for coroutine objects (and generator-based ones)."""
    cls = type(obj)
    if cls in _iscoroutine_typecache:
        return True
    if (isinstance(obj, (types.CoroutineType, types.GeneratorType)) or
            _implements_coroutine_protocol(cls)):
        # Bounded, like CPython's cache: only a stress test makes more
        # than a hundred coroutine types.
        if len(_iscoroutine_typecache) < 100:
            _iscoroutine_typecache.add(cls)
        return True
    return False


def _coroutine_name(coro):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    if not name:
        name = f'<{type(coro).__name__} without __name__>'
    return f'{name}()'


def _is_running(coro):
    try:
        return coro.cr_running
    except AttributeError:
        try:
            return coro.gi_running
        except AttributeError:
            return False


def _format_coroutine(coro):
    """'f() running at file:line' or 'f() done, defined at file:line'."""
    coro_name = _coroutine_name(coro)
    coro_code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if not coro_code:
        return f'{coro_name} running' if _is_running(coro) else coro_name

    coro_frame = getattr(coro, 'gi_frame', None) or getattr(coro, 'cr_frame', None)
    filename = coro_code.co_filename or '<empty co_filename>'
    if coro_frame is not None:
        return f'{coro_name} running at {filename}:{coro_frame.f_lineno}'
    return f'{coro_name} done, defined at {filename}:{coro_code.co_firstlineno}'
