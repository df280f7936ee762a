"""Helpers shared by Future and Task: states, isfuture(), reprs."""

__all__ = ()

from . import format_helpers

# The states of a Future.
_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """Check for a Future.

    True for Future instances and for objects that advertise themselves
    as duck-type compatible by setting _asyncio_future_blocking.
    """
    return (hasattr(obj.__class__, '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


def _format_callbacks(cb):
    """'cb=[f() at file:line, <2 more>, g()]' for a callback list."""
    size = len(cb)

    def format_cb(callback):
        return format_helpers._format_callback_source(callback, ())

    if size == 0:
        text = ''
    elif size == 1:
        text = format_cb(cb[0][0])
    elif size == 2:
        text = f'{format_cb(cb[0][0])}, {format_cb(cb[1][0])}'
    else:
        text = f'{format_cb(cb[0][0])}, <{size - 2} more>, {format_cb(cb[-1][0])}'
    return f'cb=[{text}]'


def _future_repr_info(future):
    """The words of a future's repr: state, result or exception, callbacks."""
    info = [future._state.lower()]
    if future._state == _FINISHED:
        if future._exception is not None:
            info.append(f'exception={future._exception!r}')
        else:
            info.append(f'result={format_helpers.short_repr(future._result)}')
    if future._callbacks:
        info.append(_format_callbacks(future._callbacks))
    return info


# ids of the objects whose repr is being computed (reprlib.recursive_repr):
# a future whose result contains itself shows as '...'.
_repr_running = set()


def recursive_repr(func):
    def wrapper(obj):
        key = id(obj)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return func(obj)
        finally:
            _repr_running.discard(key)
    wrapper.__name__ = func.__name__
    wrapper.__qualname__ = func.__qualname__
    return wrapper


@recursive_repr
def _future_repr(future):
    info = ' '.join(_future_repr_info(future))
    return f'<{future.__class__.__name__} {info}>'
