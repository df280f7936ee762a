"""The event loop and policy used on Unix."""

__all__ = (
    'SelectorEventLoop',
    'DefaultEventLoopPolicy',
)

from . import events
from . import selector_events


class _UnixSelectorEventLoop(selector_events.BaseSelectorEventLoop):
    """Unix event loop: the selector loop (signal handlers, Unix sockets
    and subprocesses are not supported by pyco)."""


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    """UNIX event loop policy."""
    _loop_factory = _UnixSelectorEventLoop


SelectorEventLoop = _UnixSelectorEventLoop
DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
